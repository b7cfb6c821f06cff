using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace Extraction.Tests.Distributed;

/// <summary>Compares two batch output folders the way a user would see them: the same files; the JSON, CSV and
/// report.html byte for byte; the workbook's sheets; extraction.db's tables row for row (results included).</summary>
internal static class BatchFolders
{
    public static void AssertSame(string expected, string actual)
    {
        var names = Names(expected);
        Assert.Equal(names, Names(actual));
        Assert.Contains("report.html", names);
        Assert.Contains("documents.csv", names);
        foreach (var name in names.Where(n => Path.GetExtension(n) is ".json" or ".csv" or ".html"))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), $"{name} differs");
        }

        AssertSameWorkbook(Path.Combine(expected, "extraction.xlsx"), Path.Combine(actual, "extraction.xlsx"));
        AssertSameDatabase(Path.Combine(expected, "extraction.db"), Path.Combine(actual, "extraction.db"));
    }

    private static string[] Names(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(n => !n!.EndsWith("-wal", StringComparison.Ordinal) && !n.EndsWith("-shm", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray()!;

    // Relationship ids differ between any two writes of the same workbook; the sheets and strings must not.
    private static void AssertSameWorkbook(string expected, string actual)
    {
        using var a = ZipFile.OpenRead(expected);
        using var b = ZipFile.OpenRead(actual);
        var parts = a.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal) || n == "xl/sharedStrings.xml").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(parts);
        Assert.Equal(parts, b.Entries.Select(e => e.FullName).Where(n => parts.Contains(n)).Order(StringComparer.Ordinal).ToArray());
        foreach (var part in parts)
        {
            Assert.True(Read(a, part) == Read(b, part), $"extraction.xlsx {part} differs");
        }
    }

    private static string Read(ZipArchive zip, string part)
    {
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    private static void AssertSameDatabase(string expected, string actual)
    {
        using var a = Open(expected);
        using var b = Open(actual);
        var tables = Rows(a, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => (string)r[0]!).ToArray();
        Assert.Equal(tables, Rows(b, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => (string)r[0]!).ToArray());
        Assert.Contains("results", tables);
        foreach (var table in tables.Where(t => t != "crops"))
        {
            // results: every column but the finishing time; the batch tables: every row in order.
            var sql = table == "results"
                ? "SELECT sha256, tool_key, file, path, failed, json FROM results ORDER BY sha256, tool_key"
                : $"SELECT * FROM \"{table}\" ORDER BY rowid";
            var left = Rows(a, sql);
            var right = Rows(b, sql);
            Assert.Equal(left.Count, right.Count);
            for (var i = 0; i < left.Count; i++)
            {
                Assert.True(left[i].SequenceEqual(right[i]), $"extraction.db {table} row {i + 1} differs");
            }
        }
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<object?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
