using Extraction.Model;
using Extraction.Pdf;
using Extraction.Reading;

namespace Extraction.Tests.Pdf.Text;

/// <summary>The 部门决算/预算 PDFs in corpus/realdocs (WPS, CID TrueType Identity-H) yield their amount
/// tables cell by cell: a few known cells, found by their row label, with page and box.</summary>
public sealed class FinalAccountsTableTests
{
    private static Document Read(string name) => new PdfReader().Read(
        new SourceFile(Path.Combine(PopplerDifferentialTests.CorpusRoot(), "realdocs", name)), ReaderOptions.Default, CancellationToken.None);

    /// <summary>The cell <paramref name="offset"/> columns right of the first cell whose text is <paramref name="label"/>.</summary>
    private static TableCell Beside(Document document, string label, int offset)
    {
        foreach (var table in document.Tables)
        {
            var cell = table.Cells.FirstOrDefault(c => c.Text == label);
            if (cell is not null)
            {
                return table.CellAt(cell.Row, cell.LastColumn + offset) ?? throw new InvalidOperationException($"no cell beside {label}");
            }
        }

        throw new InvalidOperationException($"no table cell reads {label}");
    }

    [Fact]
    public void Social_work_final_accounts_tables_read_cell_by_cell()
    {
        var document = Read("shanghai-putuo-social-work-2024-final-accounts.pdf");

        Assert.Equal("行政运行", Beside(document, "2013901", 1).Text);
        Assert.Equal("51.32", Beside(document, "2013901", 2).Text);
        Assert.Equal("307.82", Beside(document, "本年收入合计", 1).Text);
        var cell = Beside(document, "住房公积金", 1);
        Assert.Equal("17.70", cell.Text);
        Assert.True(cell.Provenance.Page > 1);
        Assert.NotNull(cell.Provenance.Box);
    }

    [Fact]
    public void Justice_budget_tables_keep_codes_in_their_own_columns()
    {
        var document = Read("shanghai-putuo-justice-2026-dept-budget.pdf");

        Assert.Equal("96,282,213.44", Beside(document, "收入总计", 1).Text);
        Assert.Equal("96,282,213.44", Beside(document, "支出总计", 1).Text);
        Assert.Equal("16726725.44", Beside(document, "行政运行", 1).Text);
    }

    [Fact]
    public void Finance_final_accounts_total_table_reads_its_income_row()
    {
        var document = Read("shanghai-putuo-finance-2024-final-accounts.doctored.pdf");

        Assert.Equal("2,940.05", Beside(document, "一、一般公共预算财政拨款收入", 1).Text);
        Assert.Equal("2,106.66", Beside(document, "一、一般公共服务支出", 1).Text);
    }
}
