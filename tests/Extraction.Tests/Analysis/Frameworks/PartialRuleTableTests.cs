using Extraction.Analysis.ScoreTables;
using Extraction.Tests.Pdf.Text;

namespace Extraction.Tests.Analysis.Frameworks;

/// <summary>Score tables printed with partial rules (three-line, header-only, horizontal rules only) through the PDF
/// reader and the score-table reader: every row with its weight and score, multi-line criteria kept in one cell,
/// whether cells are top-aligned or centred.</summary>
public sealed class PartialRuleTableTests
{
    [Theory]
    [InlineData(RuleStyle.ThreeLine, false)]
    [InlineData(RuleStyle.ThreeLine, true)]
    [InlineData(RuleStyle.HeaderOnly, false)]
    [InlineData(RuleStyle.HorizontalOnly, false)]
    [InlineData(RuleStyle.HorizontalOnly, true)]
    public void Every_row_is_read_with_its_criteria_in_one_cell(RuleStyle style, bool centred)
    {
        var document = TestPdf.Read(RuleStylePdf.Draw(style, centred));

        var table = Assert.Single(new ScoreTableExtractor().Extract(new SpanRestorer().Restore(document)));
        var expected = RuleStylePdf.Rows.Where(r => r[0] != "合计").Select(r => $"{r[2]} {r[3]} {r[4]}");
        Assert.Equal(expected, table.Indicators.Select(i => $"{i.Name} {i.WeightText} {i.ScoreText}"));
        Assert.Equal(["过程", "资金管理", "预算执行率"], table.Indicators[4].Path);
        Assert.Equal(RuleStylePdf.Rows[4][5], table.Indicators[4].Criteria);
        Assert.Equal(95.10m, table.Total?.Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_three_line_tables_of_one_width_one_under_the_other_stay_two_tables(bool centred)
    {
        var document = TestPdf.Read(RuleStylePdf.Draw(RuleStyle.ThreeLine, centred, budgetAbove: true));

        var budget = document.Tables.First();
        Assert.Equal((4, 4), (budget.RowCount, budget.ColumnCount));
        Assert.Equal("92.75%", budget.CellAt(3, 3)?.Text);
        var table = Assert.Single(new ScoreTableExtractor().Extract(document));
        var expected = RuleStylePdf.Rows.Where(r => r[0] != "合计").Select(r => $"{r[2]} {r[3]} {r[4]}");
        Assert.Equal(expected, table.Indicators.Select(i => $"{i.Name} {i.WeightText} {i.ScoreText}"));
        Assert.Equal(95.10m, table.Total?.Value);
    }
}
