using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Extraction.Messages;
using Extraction.Output;
using Extraction.Output.Html;
using Extraction.Output.Pairing;
using Extraction.Output.Reports;
using Extraction.Output.Tables;

namespace Extraction.Tests.Output;

/// <summary>report.html, the workbook and the messages in Chinese by default and in English with --lang en;
/// the CSV header row stays the stable column names unless asked; the JSON keeps its keys and codes.</summary>
public sealed partial class OutputLanguageTests
{
    private static BatchEntry[] Entries(Language language) =>
    [
        new(ReportMapper.From(SampleResults.SelfAssessment("/in/self.pdf"), language: language), "self.pdf.json"),
        new(ReportMapper.From(SampleResults.Verification("/in/verify.html", "湛江市民政局"), language: language), "verify.html.json"),
    ];

    [Fact]
    public void Report_html_in_chinese_has_no_english_sentences()
    {
        var entries = Entries(Language.Zh);
        var html = new ReportHtmlWriter(null, Language.Zh).Render(entries, Pairer.Pair(entries.Select(e => e.Report)));
        var english = EnglishRuns(VisibleText(html));
        Assert.True(english.Length == 0, "English in the Chinese report: " + string.Join(" | ", english));
        Assert.Contains("发现的问题", html, StringComparison.Ordinal);
        Assert.Contains("文中平均值97.50%不是36.10, 49.86, 74.22, 91.01的平均数（应为62.80%）", html, StringComparison.Ordinal);
        Assert.Contains("<code>average_mismatch</code>", html, StringComparison.Ordinal); // the stable check name stays
    }

    [Fact]
    public void Report_html_in_english_speaks_english()
    {
        var entries = Entries(Language.Zh); // rendered in Chinese first: the writer re-renders from the references
        var html = new ReportHtmlWriter(null, Language.En).Render(entries, Pairer.Pair(entries.Select(e => e.Report)));
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Findings", html, StringComparison.Ordinal);
        Assert.Contains("stated average 97.50% is not the mean of 36.10, 49.86, 74.22, 91.01 (62.80%)", html, StringComparison.Ordinal);
        Assert.Contains("the document states 97.50%", html, StringComparison.Ordinal);
        Assert.DoesNotContain("发现的问题", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_headers_and_codes_follow_the_language_and_csv_keeps_the_contract_names()
    {
        using var zh = new TempFolder();
        BatchOutputs.WriteBatch(Entries(Language.Zh), zh.Path, null, null);
        Assert.Equal(["文件", "SHA-256", "检查", "严重程度", "影响", "说明"], XlsxRow(zh.File("extraction.xlsx"), "问题", 0).Take(6).ToArray());
        var zhRow = XlsxRow(zh.File("extraction.xlsx"), "问题", 1);
        Assert.Equal("平均数不符", zhRow[2]);
        Assert.Equal("错误", zhRow[3]);
        Assert.StartsWith("文中平均值97.50%", zhRow[5], StringComparison.Ordinal);
        var csv = File.ReadAllText(zh.File("findings.csv"), Encoding.UTF8);
        Assert.StartsWith("file,sha256,check,severity,impact,message,", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("average_mismatch,error,score,\"文中平均值97.50%", csv, StringComparison.Ordinal);

        using var en = new TempFolder();
        BatchOutputs.WriteBatch(Entries(Language.Zh), en.Path, null, null, new OutputLanguage(Language.En));
        Assert.Equal(["file", "SHA-256", "check", "severity", "impact", "message"], XlsxRow(en.File("extraction.xlsx"), "findings", 0).Take(6).ToArray());
        Assert.Contains("average_mismatch,error,score,\"stated average 97.50%", File.ReadAllText(en.File("findings.csv"), Encoding.UTF8), StringComparison.Ordinal);

        using var labelled = new TempFolder();
        BatchOutputs.WriteBatch(Entries(Language.Zh), labelled.Path, null, null, new OutputLanguage(Language.Zh, Language.Zh));
        Assert.StartsWith("文件,SHA-256,检查,严重程度,影响,说明,", File.ReadAllText(labelled.File("findings.csv"), Encoding.UTF8).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(",average_mismatch,error,", File.ReadAllText(labelled.File("findings.csv"), Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_keeps_keys_and_codes_and_carries_the_references()
    {
        var json = ReportJson.Serialize(Entries(Language.Zh)[0].Report);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var f = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal("average_mismatch", f.GetProperty("check").GetString());
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.Equal("finding.average", f.GetProperty("message_ref").GetProperty("id").GetString());
        Assert.Equal("97.50%", f.GetProperty("message_ref").GetProperty("args").GetProperty("stated").GetString());
        var back = ReportLanguage.Render(ReportJson.Deserialize(json), Language.En);
        Assert.StartsWith("stated average 97.50%", back.Findings[0].Message, StringComparison.Ordinal);
    }

    private static string[] XlsxRow(string path, string sheetName, int row)
    {
        using var workbook = SpreadsheetDocument.Open(path, isEditable: false);
        var part = workbook.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First(s => s.Name == sheetName);
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToArray();
        return rows[row].Elements<Cell>().Select(c => c.InnerText).ToArray();
    }

    /// <summary>The text a reader sees: no style, no tags, no stable codes (check names in code elements).</summary>
    private static string VisibleText(string html)
    {
        var text = Regex.Replace(html, "<style>.*?</style>|<code>.*?</code>|<svg.*?</svg>", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, "<[^>]+>", " ");
        return System.Net.WebUtility.HtmlDecode(text);
    }

    /// <summary>Two or more English words in a row (file names, formats and single codes are not sentences).</summary>
    private static string[] EnglishRuns(string text) => TwoWords().Matches(text).Select(m => m.Value).Distinct().ToArray();

    [GeneratedRegex(@"(?<![\w./-])[A-Za-z]{2,}(?:[ ,;:()]+[A-Za-z]{2,})+(?![\w.])")]
    private static partial Regex TwoWords();
}
