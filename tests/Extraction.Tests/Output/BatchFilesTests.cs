using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Extraction.Output;
using Extraction.Output.Reports;
using Extraction.Output.Store;
using Extraction.Output.Tables;
using Microsoft.Data.Sqlite;

namespace Extraction.Tests.Output;

public sealed class BatchFilesTests
{
    private static BatchEntry[] Entries() =>
    [
        new(ReportMapper.From(SampleResults.SelfAssessment("/in/self.pdf")), "self.pdf.json"),
        new(ReportMapper.From(SampleResults.Verification("/in/verify.html")), "verify.html.json"),
        new(ReportMapper.From(SampleResults.Unreadable("/in/broken.docx")), "broken.docx.json"),
    ];

    [Fact]
    public void Csv_files_have_a_bom_one_row_per_item_and_readable_chinese()
    {
        using var folder = new TempFolder();
        using (var store = new ResultStore(folder.Path))
        {
            BatchOutputs.WriteBatch(Entries(), folder.Path, store, renderer: null);
        }

        var bytes = File.ReadAllBytes(folder.File("indicators.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("file,sha256,level1,level2,level3,path,weight,score,recomputed,self_score,rule,criteria,page", lines[0]);
        Assert.Equal(1 + 3 + 3, lines.Length);
        Assert.Contains("self.pdf," + new string('a', 64) + ",部门管理,资金管理,预算执行率,部门管理 / 资金管理 / 预算执行率,10,9.5,6.28,,linear_rate,按完成率计分,7", lines);

        var findings = File.ReadAllText(folder.File("findings.csv"), Encoding.UTF8);
        Assert.Contains("average_mismatch,error,score,", findings, StringComparison.Ordinal);
        Assert.Contains(",97.50,62.80,34.70,", findings, StringComparison.Ordinal);
        var documents = File.ReadAllLines(folder.File("documents.csv"), Encoding.UTF8);
        Assert.Equal(4, documents.Length);
        Assert.Contains(documents, l => l.StartsWith("broken.docx,", StringComparison.Ordinal) && l.Contains(",failed,", StringComparison.Ordinal));
        Assert.Contains(",docx,\"expected a ZIP package", File.ReadAllText(folder.File("problems.csv")), StringComparison.Ordinal);
        var pairs = File.ReadAllLines(folder.File("pairs.csv"), Encoding.UTF8);
        Assert.Contains(pairs, l => l.Contains("预算执行率,10,9.5,6,-3.5,path", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_is_neutralised_but_numbers_are_not()
    {
        using var folder = new TempFolder();
        var result = SampleResults.Verification("/in/v.html", department: "=HYPERLINK(\"x\")");
        BatchOutputs.WriteBatch([new BatchEntry(ReportMapper.From(result), "v.html.json")], folder.Path, null, null);
        var text = File.ReadAllText(folder.File("documents.csv"));
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_holds_the_same_tables_and_a_problems_table()
    {
        using var folder = new TempFolder();
        using (var store = new ResultStore(folder.Path))
        {
            BatchOutputs.WriteBatch(Entries(), folder.Path, store, renderer: null);
        }

        using var connection = new SqliteConnection($"Data Source={folder.File("extraction.db")};Pooling=False");
        connection.Open();
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(3, Count("SELECT count(*) FROM documents"));
        Assert.Equal(6, Count("SELECT count(*) FROM indicators"));
        Assert.Equal(2, Count("SELECT count(*) FROM findings"));
        Assert.Equal(2, Count("SELECT count(*) FROM problems"));
        Assert.Equal(2, Count("SELECT count(*) FROM figures"));
        Assert.Equal(0, Count("SELECT count(*) FROM facts WHERE value_yuan IS NOT NULL AND unit IS NULL"));
        Assert.Equal(4, Count("SELECT count(*) FROM pairs"));
        Assert.Equal(1, Count("SELECT count(*) FROM indicators WHERE weight = 10 AND score = 9.5 AND level3 = '预算执行率'"));
    }

    [Fact]
    public void Store_keeps_each_result_by_sha_and_tool()
    {
        using var folder = new TempFolder();
        using (var store = new ResultStore(folder.Path))
        {
            store.Save("sha1", "toolA", "/in/a.pdf", failed: false, "{\"x\":1}");
            store.Save("sha1", "toolA", "/in/b.pdf", failed: false, "{\"x\":2}");
        }

        using var reopened = new ResultStore(folder.Path);
        Assert.Equal("{\"x\":2}", reopened.Find("sha1", "toolA"));
        Assert.Null(reopened.Find("sha1", "toolB"));
        Assert.Null(reopened.Find("sha2", "toolA"));
    }

    [Fact]
    public void Xlsx_has_the_same_sheets_with_numbers_as_numbers()
    {
        using var folder = new TempFolder();
        BatchOutputs.WriteBatch(Entries(), folder.Path, null, null);
        using var workbook = SpreadsheetDocument.Open(folder.File("extraction.xlsx"), isEditable: false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToArray();
        Assert.Equal(["文档", "指标", "数字", "数值事实", "问题", "处理问题", "自评与核查对照"], sheets.Select(s => s.Name!.Value!).ToArray());
        var indicators = (WorksheetPart)part.GetPartById(sheets[1].Id!);
        var rows = indicators.Worksheet.Descendants<Row>().ToArray();
        Assert.Equal(7, rows.Length);
        Assert.Equal("文件", rows[0].Elements<Cell>().First().InnerText);
        var weight = rows[2].Elements<Cell>().ElementAt(6);
        Assert.Equal(CellValues.Number, weight.DataType!.Value);
        Assert.Equal("10", weight.CellValue!.Text);
        Assert.Equal("部门管理", rows[2].Elements<Cell>().ElementAt(2).InnerText);
    }
}
