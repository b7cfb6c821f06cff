using System.Net;
using Extraction.Cli;

namespace Extraction.Workspace.Tests;

/// <summary>The workspace over plain HTTP: decisions surviving a restart and re-run, sign-in, anti-forgery and
/// upload limits.</summary>
public sealed class WorkspaceHttpTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("extract-serve-http-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task A_decision_survives_a_restart_and_a_rerun_and_stays_on_the_same_finding()
    {
        var pdf = await File.ReadAllBytesAsync(Repo.File("corpus", "seeds", "seed000.pdf"));
        string sha, fingerprint, englishMessage, chineseMessage;
        await using (var server = await Start())
        {
            using var client = new WorkspaceClient(server.Address);
            Assert.Equal(HttpStatusCode.OK, await client.SignInAsync("王五"));
            var upload = await client.UploadAsync(("seed000.pdf", pdf));
            sha = upload.GetProperty("accepted")[0].GetString()!;
            var view = await client.WaitDoneAsync(sha);
            fingerprint = view.GetProperty("findings")[0].GetProperty("fingerprint").GetString()!;
            chineseMessage = view.GetProperty("findings")[0].GetProperty("message").GetString()!;
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chineseMessage);
            var json = Output.Reports.ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(_output, "*.pdf.json").Single()));
            englishMessage = json.Findings.Single(f => Review.FindingFingerprint.Of(f) == fingerprint).MessageRef!.Render(Extraction.Messages.Language.En);
            using var decided = await client.DecideAsync(sha, fingerprint, "rejected", "口径不同");
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        // Forget the stored result so the restarted server really runs the pipeline again.
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_output, "extraction.db")};Pooling=False"))
        {
            db.Open();
            using var forget = db.CreateCommand();
            forget.CommandText = "DELETE FROM results; UPDATE workspace_documents SET status = 'queued', report_json = NULL";
            forget.ExecuteNonQuery();
        }

        await using (var server = await Start(o => o with { Language = "en" }))
        {
            using var client = new WorkspaceClient(server.Address);
            Assert.Equal("Report review workspace", (await client.GetAsync("/api/session")).GetProperty("text").GetProperty("app.title").GetString());
            Assert.Equal(HttpStatusCode.OK, await client.SignInAsync("赵六"));
            await client.UploadAsync(("renamed copy.pdf", pdf)); // same content: same document, same findings
            var view = await client.WaitDoneAsync(sha);
            var finding = view.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("fingerprint").GetString() == fingerprint);
            Assert.Equal(englishMessage, finding.GetProperty("message").GetString()); // the same finding, now in English
            Assert.NotEqual(chineseMessage, englishMessage);
            var decision = finding.GetProperty("decision");
            Assert.Equal("rejected", decision.GetProperty("verdict").GetString());
            Assert.Equal("口径不同", decision.GetProperty("note").GetString());
            Assert.Equal("王五", decision.GetProperty("reviewer").GetString());
            var list = await client.GetAsync("/api/documents?decision=rejected");
            Assert.Equal(1, list.GetProperty("documents").GetArrayLength());
            Assert.Equal(0, (await client.GetAsync("/api/documents?decision=confirmed")).GetProperty("documents").GetArrayLength());

            // The batch outputs in --out follow the workspace's language too (written when the batch ends).
            var report = Path.Combine(_output, "report.html");
            for (var i = 0; i < 600 && !(File.Exists(report) && File.ReadAllText(report).Contains("<html lang=\"en\">", StringComparison.Ordinal)); i++)
            {
                await Task.Delay(100);
            }

            Assert.Contains("<html lang=\"en\">", File.ReadAllText(report), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Requests_without_a_session_anti_forgery_header_or_from_another_origin_are_refused()
    {
        await using var server = await Start();
        using var anonymous = new WorkspaceClient(server.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync("/api/documents")).StatusCode);
        using (var noHeader = new HttpRequestMessage(HttpMethod.Post, "/api/signin") { Content = new StringContent("{\"name\":\"x\"}", System.Text.Encoding.UTF8, "application/json") })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.Http.SendAsync(noHeader)).StatusCode);
        }

        using var client = new WorkspaceClient(server.Address);
        Assert.Equal(HttpStatusCode.OK, await client.SignInAsync("李四"));
        var sha = new string('a', 64);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DecideAsync(sha, "x", "confirmed", "", csrf: "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DecideAsync(sha, "x", "confirmed", "", origin: "http://evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.DecideAsync(sha, "x", "confirmed", "")).StatusCode); // no such document
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/api/documents/..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }

    [Fact]
    public async Task Uploads_of_other_types_lying_extensions_or_over_the_size_limit_are_refused_and_nothing_is_stored_under_their_names()
    {
        await using var server = await Start(o => o with { MaxFileBytes = 1024 });
        using var client = new WorkspaceClient(server.Address);
        await client.SignInAsync("李四");
        var result = await client.UploadAsync(
            ("tool.exe", "MZ\0\0"u8.ToArray()),
            ("fake.pdf", "not a pdf at all"u8.ToArray()),
            ("big.txt", new byte[2048]),
            ("../../escape.txt", "合计 100"u8.ToArray()));
        var rejected = result.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(new[] { "tool.exe", "fake.pdf", "big.txt" }, rejected);
        var accepted = result.GetProperty("accepted").EnumerateArray().Select(a => a.GetString()!).ToArray();
        Assert.Single(accepted);
        Assert.Equal(new[] { accepted[0] + ".txt" }, Directory.GetFiles(Path.Combine(_output, "uploads")).Select(f => Path.GetFileName(f)).ToArray());
        Assert.False(File.Exists(Path.Combine(_output, "..", "escape.txt")));
        var list = await client.GetAsync("/api/documents");
        Assert.Equal("escape.txt", list.GetProperty("documents")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_file_that_is_not_a_report_is_listed_as_skipped_with_its_reason()
    {
        await using var server = await Start();
        using var client = new WorkspaceClient(server.Address);
        await client.SignInAsync("李四");
        var upload = await client.UploadAsync(("README.txt", "Installation notes. Run ./extract check FOLDER to review the reports; see docs/outputs.md for the files it writes."u8.ToArray()));
        var view = await client.WaitDoneAsync(upload.GetProperty("accepted")[0].GetString()!);
        Assert.Equal("skipped", view.GetProperty("row").GetProperty("status").GetString());
        var row = (await client.GetAsync("/api/documents")).GetProperty("documents")[0];
        Assert.Equal("已跳过", row.GetProperty("statusLabel").GetString());
        Assert.Contains("中文", row.GetProperty("statusReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_token_only_reviewers_who_give_it_get_in_and_beyond_loopback_a_token_is_required()
    {
        Assert.NotNull(WorkspaceServer.Validate(new WorkspaceOptions(_output) { Host = "0.0.0.0" }));
        Assert.Null(WorkspaceServer.Validate(new WorkspaceOptions(_output) { Host = "0.0.0.0", Token = "s3cret-token" }));
        await using var server = await Start(o => o with { Token = "s3cret-token" });
        using var client = new WorkspaceClient(server.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, await client.SignInAsync("李四"));
        Assert.Equal(HttpStatusCode.Unauthorized, await client.SignInAsync("李四", "guess"));
        Assert.Equal(HttpStatusCode.OK, await client.SignInAsync("李四", "s3cret-token"));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task Serve_exits_3_when_the_port_is_taken_and_2_when_binding_beyond_loopback_without_a_token()
    {
        await using var first = await Start();
        var root = new System.CommandLine.RootCommand { ServeCommand.Create() };
        var taken = await root.Parse(["serve", "--port", first.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", _output]).InvokeAsync();
        Assert.Equal(3, taken);
        Environment.SetEnvironmentVariable("EXTRACTION_TOKEN", null);
        Assert.Equal(2, await root.Parse(["serve", "--host", "0.0.0.0", "--out", _output]).InvokeAsync());
    }

    private Task<WorkspaceServer> Start(Func<WorkspaceOptions, WorkspaceOptions>? configure = null)
    {
        var options = new WorkspaceOptions(_output) { Port = 0 };
        return ServeCommand.StartAsync(configure is null ? options : configure(options), jobs: 1);
    }
}
