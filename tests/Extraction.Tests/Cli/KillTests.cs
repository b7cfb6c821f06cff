using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Output.Reports;
using Extraction.Tests.Output;
using Microsoft.Data.Sqlite;

namespace Extraction.Tests.Cli;

/// <summary>kill -9 the real CLI at random moments of a batch: nothing finished is lost, no output is truncated,
/// and the next run reuses every stored result.</summary>
public sealed partial class KillTests
{
    private const int Documents = 80;

    [Fact]
    public void Killing_a_batch_loses_no_finished_result_and_truncates_no_file()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        var seed = File.ReadAllText(SampleResults.CorpusFile("seeds/seed000.txt"));
        for (var i = 0; i < Documents; i++)
        {
            // Distinct contents, so each file has its own SHA-256 and its own stored result.
            var extension = (i % 3) switch { 0 => ".txt", 1 => ".md", _ => ".html" };
            var text = extension == ".html" ? $"<html><body><p>文档 {i}</p><pre>{seed[..2000]}</pre></body></html>" : $"文档 {i}\n{seed}";
            File.WriteAllText(Path.Combine(input, $"doc{i:000}{extension}"), text);
        }

        var output = folder.File("out");
        var random = new Random(20261122);
        var stored = 0;
        for (var round = 0; round < 3; round++)
        {
            using var process = ExtractProcess.Start("check", input, "--out", output, "--jobs", "2", "--no-evidence-images");
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            Thread.Sleep(random.Next(300, 2500));
            if (!process.HasExited)
            {
                process.Kill(); // SIGKILL
            }

            process.WaitForExit();
            var now = AssertConsistent(output);
            Assert.True(now >= stored, $"round {round}: {stored} results were stored, {now} remain");
            stored = now;
        }

        var (code, _, stderr) = ExtractProcess.Run("check", input, "--out", output, "--jobs", "2", "--no-evidence-images");
        Assert.InRange(code, 0, 1);
        var reused = int.Parse(ReusedCount().Match(stderr).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(stored, reused);
        Assert.Equal(Documents, AssertConsistent(output));
        Assert.Empty(Directory.GetFiles(output, ".tmp-*"));
        Assert.Equal(Documents + 1, File.ReadAllLines(Path.Combine(output, "documents.csv"), Encoding.UTF8).Length);
    }

    /// <summary>Files under their final names: a killed run's temporaries (.tmp-*, removed by the next run, which the
    /// test asserts at the end) are half-written by design and never read as outputs.</summary>
    private static IEnumerable<string> FinalFiles(string output, string pattern) =>
        Directory.GetFiles(output, pattern).Where(f => !Path.GetFileName(f).StartsWith(Extraction.Output.Files.AtomicFile.TempPrefix, StringComparison.Ordinal));

    /// <summary>Every output file under its final name is complete; returns the number of stored results.</summary>
    private static int AssertConsistent(string output)
    {
        if (!Directory.Exists(output))
        {
            return 0;
        }

        var shas = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(Path.Combine(output, "extraction.db")))
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(output, "extraction.db")};Pooling=False");
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
            // extraction.db appears with its schema (built under a temporary name and renamed): a kill at any moment
            // never leaves the file without its results table.
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT sha256, json FROM results";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                shas.Add(reader.GetString(0));
                ReportJson.Deserialize(reader.GetString(1));
            }
        }

        foreach (var file in FinalFiles(output, "*.json"))
        {
            var report = ReportJson.Deserialize(File.ReadAllText(file)); // throws when truncated
            Assert.Contains(report.Source.Sha256, shas); // a result on disk is a result in the store
        }

        foreach (var file in FinalFiles(output, "*.csv"))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.Equal((byte)'\n', bytes[^1]);
        }

        foreach (var file in new[] { "report.html" }.Select(f => Path.Combine(output, f)).Where(File.Exists))
        {
            Assert.EndsWith("</html>\n", File.ReadAllText(file), StringComparison.Ordinal);
        }

        if (File.Exists(Path.Combine(output, "extraction.xlsx")))
        {
            using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Path.Combine(output, "extraction.xlsx"), isEditable: false);
            Assert.NotNull(workbook.WorkbookPart);
        }

        return shas.Count;
    }

    [GeneratedRegex(@"共处理\d+个文件（其中(\d+)个沿用")]
    private static partial Regex ReusedCount();
}
