using Extraction.Cli.Batch;
using Extraction.Output.Reports;
using Extraction.Tests.Corpus;
using Extraction.Tests.Output;
using Extraction.Workspace.Processing;
using Npgsql;

namespace Extraction.Tests.Distributed;

/// <summary>`extract serve --store PG`: the workspace's batch commits each result to the shared store's results
/// table, and another workspace (its own output folder, same store) takes the stored result instead of processing
/// the document again.</summary>
[Collection(ServersCollection.Name)]
public sealed class WorkspaceSharedResultsTests(ServersFixture servers)
{
    [ServersFact]
    public async Task A_result_computed_by_one_workspace_is_reused_by_another_through_the_store()
    {
        using var folder = new TempFolder();
        var store = await servers.NewDatabaseAsync();
        var first = Copy(folder, "a");
        var one = new Listener();
        await new BatchProcessor(folder.File("out-a"), 1, null, store).ProcessAsync([first], one, CancellationToken.None);
        var computed = Assert.Single(one.Reports);
        Assert.False(computed.Failed);

        // Mark the stored result, so that a reuse shows.
        await using (var pg = new NpgsqlConnection(store))
        {
            await pg.OpenAsync();
            await using var read = pg.CreateCommand();
            read.CommandText = "SELECT json FROM results WHERE sha256 = $1";
            read.Parameters.AddWithValue(computed.Source.Sha256);
            var stored = ReportJson.Deserialize((string)(await read.ExecuteScalarAsync())!);
            await using var update = pg.CreateCommand();
            update.CommandText = "UPDATE results SET json = $1 WHERE sha256 = $2";
            update.Parameters.AddWithValue(ReportJson.Serialize(stored with { Document = stored.Document with { Title = "来自共享存储" } }));
            update.Parameters.AddWithValue(computed.Source.Sha256);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var two = new Listener();
        await new BatchProcessor(folder.File("out-b"), 1, null, store).ProcessAsync([Copy(folder, "b")], two, CancellationToken.None);
        Assert.Equal("来自共享存储", Assert.Single(two.Reports).Document.Title);
    }

    private static string Copy(TempFolder folder, string name)
    {
        var directory = Directory.CreateDirectory(folder.File(name)).FullName;
        var path = Path.Combine(directory, "seed001.html");
        File.Copy(RepositoryPaths.Combine("corpus", "seeds", "seed001.html"), path);
        return path;
    }

    private sealed class Listener : IProcessingListener
    {
        public List<Report> Reports { get; } = [];

        public void Started(string path)
        {
        }

        public void Finished(string path, Report report)
        {
            lock (Reports)
            {
                Reports.Add(report);
            }
        }
    }
}
