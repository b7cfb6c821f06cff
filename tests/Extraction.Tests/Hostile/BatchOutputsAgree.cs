using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Data.Sqlite;
using Microsoft.VisualBasic.FileIO;

namespace Extraction.Tests.Hostile;

/// <summary>Checks a finished output folder the way a script reading it would: every documents.csv row has a
/// status from the contract and, unless ok, a reason; every row's JSON parses and says the same status; the
/// workbook opens; extraction.db holds the same rows; report.html names every file.</summary>
internal static class BatchOutputsAgree
{
    private static readonly string[] Statuses = ["ok", "partial", "failed", "skipped"];

    /// <summary>The documents.csv rows as (file, status, reason, path).</summary>
    public static IReadOnlyList<(string File, string Status, string Reason, string Path)> Check(string output)
    {
        var rows = ReadCsv(System.IO.Path.Combine(output, "documents.csv"));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name) is >= 0 and var i ? i : throw new InvalidDataException($"documents.csv has no column {name}");
        var documents = rows.Skip(1).Select(r => (File: Plain(r[Col("file")]), Status: r[Col("status")], Reason: r[Col("reason")], Path: Plain(r[Col("path")]), Result: Plain(r[Col("result")]))).ToArray();
        foreach (var d in documents)
        {
            Assert.Contains(d.Status, Statuses);
            Assert.True(d.Status == "ok" || d.Reason.Length > 0, $"{d.File}: status {d.Status} without a reason");
            var json = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(output, d.Result))).RootElement;
            Assert.Equal("extraction.report/v1", json.GetProperty("schema").GetString());
            Assert.Equal(d.Status, json.GetProperty("status").GetString());
        }

        Assert.Equal(documents.Length, documents.Select(d => d.Path).Distinct(StringComparer.Ordinal).Count());
        using (var workbook = SpreadsheetDocument.Open(System.IO.Path.Combine(output, "extraction.xlsx"), false))
        {
            Assert.NotNull(workbook.WorkbookPart);
        }

        using (var db = new SqliteConnection($"Data Source={System.IO.Path.Combine(output, "extraction.db")};Mode=ReadOnly;Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            Assert.Equal(documents.Length, Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }

        var html = File.ReadAllText(System.IO.Path.Combine(output, "report.html"));
        Assert.Contains("</html>", html, StringComparison.Ordinal);
        return documents.Select(d => (d.File, d.Status, d.Reason, d.Path)).ToArray();
    }

    // The CSV writer neutralises text a spreadsheet would run as a formula with a leading apostrophe.
    private static string Plain(string cell) => cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' ? cell[1..] : cell;

    private static List<string[]> ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path, System.Text.Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields() ?? []);
        }

        return rows;
    }
}
