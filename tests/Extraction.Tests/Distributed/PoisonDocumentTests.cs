using Extraction.Tests.Output;

namespace Extraction.Tests.Distributed;

/// <summary>A document that kills every worker that starts it is dead-lettered with a problem record, and the
/// rest of the batch finishes.</summary>
[Collection(ServersCollection.Name)]
public sealed class PoisonDocumentTests(ServersFixture servers)
{
    private const int MaxStarts = 3; // QueueTopology.MaxStarts
    private static readonly TimeSpan Minutes = TimeSpan.FromMinutes(5);

    [ServersFact]
    public async Task A_document_its_workers_die_on_three_times_is_dead_lettered_and_the_batch_finishes()
    {
        Assert.Equal(MaxStarts, Extraction.Distributed.Queue.QueueTopology.MaxStarts);
        using var folder = new TempFolder();
        var inputs = Directory.CreateDirectory(folder.File("in")).FullName;
        var (scan, texts) = TestDocuments.ScanAndTwoTexts(inputs);
        await servers.ResetQueuesAsync();
        var environment = new Dictionary<string, string>
        {
            ["EXTRACTION_STORE"] = await servers.NewDatabaseAsync(),
            ["EXTRACTION_BROKER"] = servers.Amqp,
            ["EXTRACTION_OCR_CACHE"] = Directory.CreateDirectory(folder.File("ocr-cache")).FullName, // OCR really runs: seconds a page
        };
        var store = new StoreProbe(environment["EXTRACTION_STORE"]);
        var submit = await ExtractProcess.RunAsync(environment, Minutes, "submit", inputs);
        Assert.True(submit.ExitCode == 0, submit.Log);
        var poison = (await store.StringsAsync("SELECT sha256 FROM work WHERE file = $1", Path.GetFileName(scan))).Single();
        Assert.Equal("scan", (await store.StringsAsync("SELECT lane FROM work WHERE sha256 = $1", poison)).Single());

        // Each worker that starts the scan dies in it (SIGKILL while it is inside, as an out-of-memory kill would).
        var logs = new List<string>();
        for (var start = 1; start <= MaxStarts; start++)
        {
            using var worker = ExtractProcess.Start(environment, "worker", "--jobs", "1");
            var deadline = DateTime.UtcNow + Minutes;
            while (!(await store.MidDocumentAsync(worker.WorkerName)).Contains(poison))
            {
                Assert.True(DateTime.UtcNow < deadline, "the scan was never started:\n" + worker.Log);
                await Task.Delay(20);
            }

            worker.Freeze();
            Assert.Contains(poison, await store.MidDocumentAsync(worker.WorkerName));
            worker.Kill();
            logs.Add(worker.Log);
            Assert.Equal(start, await store.CountAsync("SELECT attempts FROM work WHERE sha256 = $1", poison));
        }

        // The next worker does not start it again: the broker dead-letters it and the handler records why.
        using var last = ExtractProcess.Start(environment, "worker", "--jobs", "1", "--drain");
        Assert.True(await last.WaitAsync(Minutes) == 0, last.Log);
        Assert.Equal(MaxStarts, await store.CountAsync("SELECT attempts FROM work WHERE sha256 = $1", poison));
        Assert.Equal("failed", (await store.StringsAsync("SELECT state FROM work WHERE sha256 = $1", poison)).Single());
        Assert.Equal(2, await store.CountAsync("SELECT count(*) FROM work WHERE state = 'done'"));
        var report = Extraction.Output.Reports.ReportJson.Deserialize((await store.StringsAsync("SELECT json FROM results WHERE sha256 = $1", poison)).Single());
        Assert.True(report.Failed);
        Assert.Equal("worker", Assert.Single(report.Problems).Stage);
        Assert.Equal("problem.worker_died", report.Problems[0].MessageRef?.Id);
        Assert.Contains("已3次中途停止", report.Problems[0].Message, StringComparison.Ordinal);

        // The export lists it as failed with its problem; the others as processed.
        var exported = folder.File("out");
        var export = await ExtractProcess.RunAsync(environment, Minutes, "export", "--out", exported, "--no-evidence-images");
        Assert.True(export.ExitCode == 1, export.Log);
        var documents = File.ReadAllLines(Path.Combine(exported, "documents.csv"));
        Assert.Equal(4, documents.Length);
        Assert.Contains(documents, l => l.StartsWith("seed002.scan.pdf,", StringComparison.Ordinal) && l.Contains(",failed,", StringComparison.Ordinal));
        Assert.Equal(2, documents.Count(l => l.Contains(",ok,", StringComparison.Ordinal)));
        Assert.Contains("已3次中途停止", File.ReadAllText(Path.Combine(exported, "problems.csv")), StringComparison.Ordinal);
        Assert.All(texts, t => Assert.True(File.Exists(Path.Combine(exported, Path.GetFileName(t) + ".json"))));
    }
}
