using Extraction.Tests.Output;

namespace Extraction.Tests.Distributed;

/// <summary>Real PostgreSQL and RabbitMQ, real worker processes killed with SIGKILL.</summary>
[Collection(ServersCollection.Name)]
public sealed class WorkerKillTests(ServersFixture servers)
{
    private static readonly TimeSpan Minutes = TimeSpan.FromMinutes(5);

    [ServersFact]
    public async Task Two_workers_one_killed_mid_document_store_thirty_results_once_and_export_equals_a_local_batch()
    {
        using var folder = new TempFolder();
        var inputs = Directory.CreateDirectory(folder.File("in")).FullName;
        var documents = TestDocuments.Thirty(inputs);
        Assert.Equal(30, documents.Count);
        var environment = await EnvironmentAsync();
        var store = new StoreProbe(environment["EXTRACTION_STORE"]);

        // Submitted twice before any worker runs: every document is queued twice and must still be computed once.
        for (var i = 0; i < 2; i++)
        {
            var (code, log) = await ExtractProcess.RunAsync(environment, Minutes, "submit", inputs);
            Assert.True(code == 0, log);
        }

        Assert.Equal(30, await store.CountAsync("SELECT count(*) FROM sources"));
        using var doomed = ExtractProcess.Start(environment, "worker", "--jobs", "1");
        using var survivor = ExtractProcess.Start(environment, "worker", "--jobs", "1");
        var victims = await KillMidDocumentAsync(doomed, store, () => doomed.Log + survivor.Log);

        await store.WaitFinishedAsync(30, Minutes, () => survivor.Log);
        Assert.Equal(30, await store.CountAsync("SELECT count(*) FROM results"));
        Assert.Equal(30, await store.CountAsync("SELECT count(DISTINCT sha256) FROM results"));
        Assert.Equal(30, await store.CountAsync("SELECT count(*) FROM work WHERE state = 'done'"));
        foreach (var victim in victims)
        {
            // Started on the killed worker, which died before storing it; started again elsewhere; stored once.
            Assert.True(await store.CountAsync("SELECT attempts FROM work WHERE sha256 = $1", victim) >= 2);
            Assert.Equal(1, await store.CountAsync("SELECT count(*) FROM results WHERE sha256 = $1", victim));
        }

        survivor.Kill();
        var exported = folder.File("exported");
        var local = folder.File("local");
        var export = await ExtractProcess.RunAsync(environment, Minutes, "export", "--out", exported);
        var check = await ExtractProcess.RunAsync(environment, Minutes, "check", inputs, "--out", local, "--jobs", "2");
        Assert.True(check.ExitCode == export.ExitCode, check.Log + export.Log);
        BatchFolders.AssertSame(local, exported);
    }

    /// <summary>Waits until the worker is inside a document, freezes it, and kills it if it still is (a frozen
    /// process cannot commit); the documents it died in.</summary>
    private static async Task<IReadOnlyList<string>> KillMidDocumentAsync(ExtractProcess worker, StoreProbe store, Func<string> logs)
    {
        var deadline = DateTime.UtcNow + Minutes;
        while (DateTime.UtcNow < deadline)
        {
            if (await store.FinishedAsync() >= 2 && (await store.MidDocumentAsync(worker.WorkerName)).Count > 0)
            {
                worker.Freeze();
                var inside = await store.MidDocumentAsync(worker.WorkerName);
                if (inside.Count > 0)
                {
                    worker.Kill();
                    return inside;
                }

                worker.Thaw();
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("the worker was never caught inside a document:\n" + logs());
    }

    private async Task<Dictionary<string, string>> EnvironmentAsync()
    {
        await servers.ResetQueuesAsync();
        return new Dictionary<string, string>
        {
            ["EXTRACTION_STORE"] = await servers.NewDatabaseAsync(),
            ["EXTRACTION_BROKER"] = servers.Amqp,
        };
    }
}
