using Extraction.Tests.Corpus;
using Extraction.Tests.Output;

namespace Extraction.Tests.Distributed;

/// <summary>Scans queued first do not hold up text documents queued after them.</summary>
[Collection(ServersCollection.Name)]
public sealed class FairnessTests(ServersFixture servers)
{
    private static readonly TimeSpan Minutes = TimeSpan.FromMinutes(5);

    [ServersFact]
    public async Task Text_documents_submitted_after_scans_finish_while_the_scans_are_still_being_read()
    {
        using var folder = new TempFolder();
        var scans = Directory.CreateDirectory(folder.File("scans")).FullName;
        var texts = Directory.CreateDirectory(folder.File("texts")).FullName;
        var seeds = RepositoryPaths.Combine("corpus", "seeds");
        foreach (var scan in new[] { "seed002.scan.pdf", "seed003.scan.pdf" })
        {
            File.Copy(Path.Combine(seeds, scan), Path.Combine(scans, scan));
        }

        foreach (var text in new[] { "seed000.txt", "seed001.txt", "seed002.txt", "seed000.html", "seed001.html", "seed002.html" })
        {
            File.Copy(Path.Combine(seeds, text), Path.Combine(texts, text));
        }

        await servers.ResetQueuesAsync();
        var environment = new Dictionary<string, string>
        {
            ["EXTRACTION_STORE"] = await servers.NewDatabaseAsync(),
            ["EXTRACTION_BROKER"] = servers.Amqp,
            ["EXTRACTION_OCR_CACHE"] = Directory.CreateDirectory(folder.File("ocr-cache")).FullName, // OCR really runs
        };
        var store = new StoreProbe(environment["EXTRACTION_STORE"]);
        foreach (var batch in new[] { scans, texts })
        {
            var submit = await ExtractProcess.RunAsync(environment, Minutes, "submit", batch);
            Assert.True(submit.ExitCode == 0, submit.Log);
        }

        using var worker = ExtractProcess.Start(environment, "worker", "--jobs", "2");
        var deadline = DateTime.UtcNow + Minutes;
        while (await store.CountAsync("SELECT count(*) FROM work WHERE lane = 'text' AND state = 'done'") < 6)
        {
            Assert.True(DateTime.UtcNow < deadline, "the text documents did not finish:\n" + worker.Log);
            await Task.Delay(50);
        }

        // Each scan takes OCR of 11-12 pages (tens of seconds); the six text documents a second or two each. With
        // two slots one scan runs and the other slot serves the text queue, so no text waited for a scan to end.
        Assert.Equal(0, await store.CountAsync("SELECT count(*) FROM work WHERE lane = 'scan' AND state IN ('done', 'failed')"));
        Assert.Equal(1, await store.CountAsync("SELECT count(*) FROM work WHERE lane = 'scan' AND state = 'running'"));
    }
}
