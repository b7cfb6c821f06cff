using Extraction.Output.Files;
using Extraction.Output.Store;
using Extraction.Tests.Output;
using Microsoft.Data.Sqlite;

namespace Extraction.Tests.Hostile;

/// <summary>extraction.db appears with its schema or not at all (a kill while it is being created never leaves a
/// store without its tables), and a store left without them by an older build still opens.</summary>
public sealed class ResultStoreCreationTests
{
    [Fact]
    public void A_new_store_is_built_under_a_temporary_name_and_appears_with_its_tables()
    {
        using var folder = new TempFolder();
        using (var store = new ResultStore(folder.Path))
        {
            store.Save("aa", "tool", "/x/a.pdf", failed: false, "{}");
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(folder.Path), f => Path.GetFileName(f).StartsWith(AtomicFile.TempPrefix, StringComparison.Ordinal));
        var tables = Tables(Path.Combine(folder.Path, ResultStore.FileName));
        Assert.Contains("results", tables);
        Assert.Contains("crops", tables);
    }

    [Fact]
    public void A_store_file_without_its_schema_is_completed_on_opening()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, ResultStore.FileName);
        using (var empty = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            empty.Open();
            using var command = empty.CreateCommand();
            command.CommandText = "PRAGMA user_version = 0; CREATE TABLE scratch (x INTEGER);";
            command.ExecuteNonQuery();
        }

        using (var store = new ResultStore(folder.Path))
        {
            store.Save("aa", "tool", "/x/a.pdf", failed: false, "{}");
            Assert.Equal("{}", store.Find("aa", "tool"));
        }

        Assert.Contains("results", Tables(path));
    }

    private static List<string> Tables(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('results', 'crops')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
