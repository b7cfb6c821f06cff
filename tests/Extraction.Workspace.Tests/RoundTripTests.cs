using DocumentFormat.OpenXml.Packaging;
using Extraction.Cli;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Extraction.Workspace.Tests;

/// <summary>A reviewer's round trip in Debian's Chromium against `extract serve` (started in-process through
/// the CLI's own composition): sign in, upload a report and a file with markup in its name, wait for the
/// findings, open the report, see an evidence crop, confirm a finding with a note, export the 审核意见 and the
/// decisions workbook, reload and find the decision kept; screenshots of the workspace and of report.html are
/// checked. Runs on SQLite, and on PostgreSQL when CI provides one.</summary>
public abstract class RoundTripTests : IAsyncLifetime
{
    private const int Width = 1280;
    private const int Height = 900;
    private const string Reviewer = "审核员甲";
    private const string Note = "经核对原文，数字确有矛盾";
    private const string HostileName = "<img src=x onerror=alert(1)>.html";

    private readonly BrowserFixture _browser;
    private readonly string _output = Directory.CreateTempSubdirectory("extract-serve-test-").FullName;
    private WorkspaceServer? _server;
    private string? _store;

    protected RoundTripTests(BrowserFixture browser) => _browser = browser;

    /// <summary>Null for SQLite; a connection string for PostgreSQL; <see cref="Unavailable"/> to skip.</summary>
    protected abstract string? Store();

    protected const string Unavailable = "-";

    public async Task InitializeAsync()
    {
        _store = Store();
        if (_store == Unavailable)
        {
            return;
        }

        _server = await ServeCommand.StartAsync(new WorkspaceOptions(_output) { Port = 0, Store = _store }, jobs: 2);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_store is not null && _store != Unavailable)
        {
            TestStores.Drop(_store);
        }

        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Reviewer_uploads_decides_exports_and_finds_the_decision_after_reload()
    {
        if (_server is null)
        {
            return; // no PostgreSQL outside CI (TestStores fails the run in CI instead)
        }

        var origin = _server.Address.GetLeftPart(UriPartial.Authority);
        await using var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Dialog += (_, dialog) => errors.Add("dialog: " + dialog.Message);

        // Sign in with a name (loopback without a token).
        await page.GotoAsync(origin + "/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("绩效报告审核工作台");
        await page.FillAsync("#login-name", Reviewer);
        await page.ClickAsync("[data-testid=login-submit]");
        await Expect(page.GetByTestId("reviewer")).ToContainTextAsync(Reviewer);

        // Upload a report and a small HTML file whose name is markup.
        await page.GetByTestId("file-input").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "seed000.pdf", MimeType = "application/pdf", Buffer = await File.ReadAllBytesAsync(Repo.File("corpus", "seeds", "seed000.pdf")) },
            new FilePayload { Name = HostileName, MimeType = "text/html", Buffer = "<html><body><p>说明文字</p></body></html>"u8.ToArray() },
        });
        await Expect(page.GetByTestId("upload-status")).ToContainTextAsync("已上传 2 个文件", new() { Timeout = 60_000 });

        // Live progress until both are done; the report ranks first (it has an error).
        var reportRow = page.Locator("tr[data-testid=doc-row][data-status=done]", new() { HasText = "seed000.pdf" });
        await Expect(reportRow).ToBeVisibleAsync(new() { Timeout = 180_000 });
        // The note with no report title is not a report: listed as skipped (with its reason), not analysed.
        await Expect(page.Locator("tr[data-testid=doc-row][data-status=skipped]", new() { HasText = "onerror" })).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await Expect(page.Locator("tr[data-testid=doc-row][data-status=done]")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr[data-testid=doc-row]").First).ToContainTextAsync("seed000.pdf");
        var hostileRow = page.Locator("tr[data-testid=doc-row]", new() { HasText = "onerror" });
        await Expect(hostileRow).ToContainTextAsync(HostileName);
        await Expect(hostileRow).ToContainTextAsync("非报告文件"); // no report title, no table: said so, not 其他
        Assert.Equal(0, await hostileRow.Locator("img").CountAsync());
        await Screenshots.AssertShowsSomethingAsync(context, await page.ScreenshotAsync(), Width, Height, "workspace list");

        // Open the report: findings with their crops, the score table.
        await reportRow.GetByRole(AriaRole.Link).ClickAsync();
        var finding = page.GetByTestId("finding").First;
        await Expect(finding).ToBeVisibleAsync();
        await Expect(page.GetByTestId("scores")).ToBeVisibleAsync();
        var crop = finding.GetByTestId("crop").First;
        await Expect(crop).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 100 && img.naturalHeight > 20", await crop.ElementHandleAsync());
        await Expect(finding.GetByText("确认", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(finding.GetByText("驳回", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(finding.GetByText("待核实", new() { Exact = true })).ToBeVisibleAsync();
        var fingerprint = await finding.GetAttributeAsync("data-fingerprint");

        // Confirm it with a note.
        await finding.GetByTestId("verdict-confirmed").CheckAsync();
        await finding.GetByTestId("note").FillAsync(Note);
        await finding.GetByTestId("save-decision").ClickAsync();
        await Expect(finding.GetByTestId("saved")).ToHaveTextAsync("已保存");
        await Expect(finding.GetByTestId("decision-current")).ToContainTextAsync(Reviewer);
        await Screenshots.AssertShowsSomethingAsync(context, await page.ScreenshotAsync(), Width, Height, "document view");

        // Export the 审核意见: the confirmed finding with its evidence and the note.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-opinion").ClickAsync());
        var docx = Path.Combine(_output, "opinion-test.docx");
        await download.SaveAsAsync(docx);
        var opinion = DocxText(docx);
        Assert.Contains("审核意见", opinion, StringComparison.Ordinal);
        Assert.Contains(Note, opinion, StringComparison.Ordinal);
        Assert.Contains(Reviewer, opinion, StringComparison.Ordinal);
        Assert.Contains("证据：第 5 页", opinion, StringComparison.Ordinal);
        Assert.Contains("经审核确认 1 个", opinion, StringComparison.Ordinal);
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            Assert.NotEmpty(word.MainDocumentPart!.ImageParts); // the evidence crop of the PDF page
            // The red box is drawn into the crop itself (a Word reader sees no overlay).
            using (var stream = new MemoryStream())
            {
                using (var part = word.MainDocumentPart.ImageParts.First().GetStream())
                {
                    part.CopyTo(stream);
                }

                using var picture = SkiaSharp.SKBitmap.Decode(stream.ToArray());
                var red = 0;
                for (var y = 0; y < picture.Height; y++)
                {
                    for (var x = 0; x < picture.Width; x++)
                    {
                        var c = picture.GetPixel(x, y);
                        red += c.Red > 180 && c.Green < 90 && c.Blue < 90 ? 1 : 0;
                    }
                }

                Assert.True(red > 40, $"expected the red box drawn in the DOCX crop, found {red} red pixels");
            }

            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }

        // Reload: the decision is still there, on the same finding.
        await page.ReloadAsync();
        var again = page.Locator($"[data-testid=finding][data-fingerprint='{fingerprint}']");
        await Expect(again.GetByTestId("decision-current")).ToContainTextAsync("确认");
        await Expect(again.GetByTestId("decision-current")).ToContainTextAsync(Reviewer);
        await Expect(again.GetByTestId("verdict-confirmed")).ToBeCheckedAsync();

        // Filters: the report has a confirmed finding, none rejected; the hostile file has no findings at all.
        await page.GetByTestId("doc-back").ClickAsync();
        await page.GetByTestId("filter-decision").SelectOptionAsync("confirmed");
        await Expect(page.Locator("tr[data-testid=doc-row]")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr[data-testid=doc-row]")).ToContainTextAsync("seed000.pdf");
        await page.GetByTestId("filter-decision").SelectOptionAsync("rejected");
        await Expect(page.GetByTestId("list-empty")).ToHaveTextAsync("没有符合筛选条件的文件。");
        await page.GetByTestId("filter-clear").ClickAsync();
        await Expect(page.Locator("tr[data-testid=doc-row]")).ToHaveCountAsync(2);

        // The decisions workbook lists it.
        var workbook = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        var xlsx = Path.Combine(_output, "decisions-test.xlsx");
        await workbook.SaveAsAsync(xlsx);
        var sheetText = XlsxFirstSheetText(xlsx);
        Assert.Contains(Note, sheetText, StringComparison.Ordinal);
        Assert.Contains(fingerprint!, sheetText, StringComparison.Ordinal);

        // A folder: its accepted files are uploaded (the browser leaves out other types), shown under their names.
        var folder = Directory.CreateDirectory(Path.Combine(_output, "dropped-folder"));
        File.Copy(Repo.File("corpus", "seeds", "seed001.txt"), Path.Combine(folder.FullName, "seed001.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "notes.exe"), "MZ");
        await page.GetByTestId("folder-input").SetInputFilesAsync(folder.FullName);
        await Expect(page.GetByTestId("upload-status")).ToContainTextAsync("已上传 1 个文件");
        await Expect(page.Locator("tr[data-testid=doc-row][data-status=done]", new() { HasText = "seed001.txt" })).ToBeVisibleAsync(new() { Timeout = 180_000 });

        // Nothing but this server was asked for anything, and no script ran from document text.
        Assert.All(requests, url => Assert.True(url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), $"request to {url}"));
        Assert.Empty(errors);

        // report.html written by the same batch shows the report too.
        var report = await context.NewPageAsync();
        await report.GotoAsync(new Uri(Path.Combine(_output, "report.html")).AbsoluteUri);
        await Expect(report.Locator("body")).ToContainTextAsync("深圳市社会保险基金管理局大鹏分局");
        await Expect(report.Locator("body")).ToContainTextAsync("average_mismatch");
        await Screenshots.AssertShowsSomethingAsync(context, await report.ScreenshotAsync(), Width, Height, "report.html");

        if (_store is not null)
        {
            // On PostgreSQL the results go to the shared store's results table too (what submit/worker/export read).
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(Repo.File("corpus", "seeds", "seed000.pdf"))));
            await using var pg = new Npgsql.NpgsqlConnection(_store);
            await pg.OpenAsync();
            await using var count = pg.CreateCommand();
            count.CommandText = "SELECT count(*) FROM results WHERE sha256 = $1 AND failed = 0";
            count.Parameters.AddWithValue(sha);
            Assert.Equal(1L, Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string DocxText(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    private static string XlsxFirstSheetText(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var first = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        return ((WorksheetPart)workbook.GetPartById(first.Id!)).Worksheet.InnerText;
    }
}

[Collection(BrowserCollection.Name)]
public sealed class SqliteRoundTripTests(BrowserFixture browser) : RoundTripTests(browser)
{
    protected override string? Store() => null;
}

[Collection(BrowserCollection.Name)]
public sealed class PostgresRoundTripTests(BrowserFixture browser) : RoundTripTests(browser)
{
    protected override string? Store() => TestStores.FreshPostgres() ?? Unavailable;
}
