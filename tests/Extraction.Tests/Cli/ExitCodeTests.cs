using System.Text.Json;
using Extraction.Tests.Output;

namespace Extraction.Tests.Cli;

/// <summary>CONTRACT.md exit codes, through the real CLI process.</summary>
public sealed class ExitCodeTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("check", "--no-such-option", "x")]
    [InlineData("check", "--jobs", "0", ".")]
    [InlineData("check", "--timeout", "abc", ".")]
    [InlineData("frobnicate")]
    public void Bad_command_line_exits_2(params string[] args) => Assert.Equal(2, ExtractProcess.Run(args).ExitCode);

    [Fact]
    public void Help_describes_every_option()
    {
        var (code, stdout, _) = ExtractProcess.Run("check", "--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--out", "--jobs", "--timeout", "--force", "--no-evidence-images" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("check", ExtractProcess.Run("--help").Stdout, StringComparison.Ordinal);
        Assert.Contains("file", ExtractProcess.Run("text", "--help").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unprocessable_files_exit_1_and_every_document_gets_its_json()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        File.WriteAllBytes(Path.Combine(input, "corrupt.docx"), "PK\x03\x04 this is not a real package"u8.ToArray());
        File.WriteAllBytes(Path.Combine(input, "empty.html"), []);
        File.WriteAllText(Path.Combine(input, "wrong.pdf"), "<html><body>not a pdf</body></html>");
        File.Copy(SampleResults.CorpusFile("seeds/seed001.html"), Path.Combine(input, "seed001.html"));
        var output = folder.File("out");

        var (code, _, stderr) = ExtractProcess.Run("check", input, "--out", output, "--no-evidence-images");
        Assert.Equal(1, code);
        foreach (var name in new[] { "corrupt.docx", "empty.html", "wrong.pdf", "seed001.html" })
        {
            var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, name + ".json"))).RootElement;
            Assert.Equal("extraction.report/v1", json.GetProperty("schema").GetString());
            if (name != "seed001.html")
            {
                Assert.NotEqual(0, json.GetProperty("problems").GetArrayLength());
            }
        }

        Assert.Contains("empty", File.ReadAllText(Path.Combine(output, "problems.csv")), StringComparison.Ordinal);
        Assert.Contains("共处理4个文件", stderr, StringComparison.Ordinal);
        foreach (var file in new[] { "documents.csv", "indicators.csv", "figures.csv", "findings.csv", "extraction.db", "extraction.xlsx", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }
    }

    [Fact]
    public void Readable_documents_exit_0_even_an_html_page_without_a_table()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        File.WriteAllText(Path.Combine(input, "notice.html"), "<html><head><meta charset=\"utf-8\"></head><body><h1>通知</h1><p>本页没有表格。</p></body></html>");
        File.Copy(SampleResults.CorpusFile("seeds/seed001.html"), Path.Combine(input, "seed001.html"));
        var output = folder.File("out");

        var (code, _, stderr) = ExtractProcess.Run("check", input, "--out", output);
        Assert.True(code == 0, stderr);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "notice.html.json"))).RootElement;
        Assert.Equal(1, json.GetProperty("source").GetProperty("pages").GetInt32());
        Assert.Empty(json.GetProperty("indicators").EnumerateArray());
    }
}
