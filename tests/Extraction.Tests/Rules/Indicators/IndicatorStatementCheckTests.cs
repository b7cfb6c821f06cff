using Extraction.Results;
using Extraction.Rules.Checks.Indicators;
using static Extraction.Tests.Rules.Indicators.IndicatorDocs;

namespace Extraction.Tests.Rules.Indicators;

/// <summary>Scores stated for one indicator in the text or in its verifier note against the score table.</summary>
public sealed class IndicatorStatementCheckTests
{
    private static readonly IndicatorStatementCheck Check = new();

    private static ScoreTable Table(string b101 = "3.33", string? note = null) => new(
    [
        Row("B过程/B1组织实施/B101管理制度健全性", "5", b101, row: 1, note: note),
        Row("B过程/B1组织实施/B102制度执行有效性", "8", "0.80", row: 2),
        Row("D效益/D4满意度/D401主办方、承办方满意度", "4", "4.00", row: 3),
    ]);

    private static Finding[] Run(params Extraction.Model.Block[] narrative) => Alarms(Check, Context([Table()], narrative));

    [Theory]
    [InlineData("B101管理制度健全性：省人社厅对项目建立了监控机制；该指标得3.33分。")]
    [InlineData("B101 管理制度健全性：…；该指标得 3.33 分。")]
    // The name alone (no code), and a precision the table's 3.33 rounds to.
    [InlineData("管理制度健全性：省人社厅对项目建立了监控机制，本指标得分为3.3分。")]
    // "得分为" without 指标 in a paragraph that opens with the indicator.
    [InlineData("B102制度执行有效性：未看到赛事调整相关手续，得分为0.80分。")]
    // A rule, not a statement: "…的，本项指标得0分".
    [InlineData("B101管理制度健全性：未建立制度的，本项指标得0分。")]
    [InlineData("B101管理制度健全性：否则该指标得0分。")]
    public void Statements_agreeing_with_the_table_or_not_statements_are_silent(string text) => Assert.Empty(Run(P(text)));

    [Fact]
    public void A_stated_score_the_table_contradicts_is_flagged_with_the_sentence_and_the_cell()
    {
        var f = Assert.Single(Run(P("B101管理制度健全性：省人社厅对项目建立了监控机制；该指标得3.73分。")));
        Assert.Equal("text_table_mismatch", f.Check);
        Assert.Equal(3.73m, f.Stated);
        Assert.Equal(3.33m, f.Computed);
        Assert.Equal(["B过程", "B1组织实施", "B101管理制度健全性"], f.Indicator);
        Assert.Contains(f.Evidence, e => e.Cell is null && e.Quote.Contains("该指标得3.73分", StringComparison.Ordinal));
        Assert.Contains(f.Evidence, e => e.Cell == new CellRef(0, 1, 2));
    }

    [Fact]
    public void Same_precision_prints_of_one_score_must_be_the_same_digits()
    {
        // 3.33 and 3.34 touch at 3.335 as intervals, but no value prints as both.
        var f = Assert.Single(Run(P("B101管理制度健全性：…；该指标得3.34分。")));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void A_paragraph_without_label_continues_the_indicator_above_until_a_heading()
    {
        var continued = Run(P("D401 主办方、承办方满意度：共回收有效问卷108份。"), P("经计算，满意度为93.06%，根据评分规则，该指标得 3.00 分。"));
        Assert.Equal(3.00m, Assert.Single(continued).Stated);

        Assert.Empty(Run(P("D401 主办方、承办方满意度：共回收有效问卷108份。"), H("五、主要经验"), P("经计算，该指标得 3.00 分。")));
    }

    [Fact]
    public void The_nearest_code_named_before_the_statement_decides()
    {
        var f = Assert.Single(Run(P("B101管理制度健全性：已建立；该指标得3.33分。B102制度执行有效性：未执行；该指标得0.90分。")));
        Assert.Equal(["B过程", "B1组织实施", "B102制度执行有效性"], f.Indicator);
    }

    [Fact]
    public void A_label_naming_two_rows_is_not_judged()
    {
        var table = new ScoreTable(
        [
            Row("一级/二级/预算执行率", "5", "3.34", row: 1),
            Row("一级/二级/预算执行率情况", "5", "2.00", row: 2),
        ]);
        Assert.Empty(Alarms(Check, Context([table], P("预算执行率：…；该指标得1.00分。"))));
    }

    [Fact]
    public void A_statement_agreeing_with_any_table_that_prints_the_indicator_is_silent()
    {
        var detail = new ScoreTable([Row("B1组织实施/B101管理制度健全性", "5.00", "3.73", table: 1, row: 1)]);
        Assert.Empty(Alarms(Check, Context([Table(), detail], P("B101管理制度健全性：…；该指标得3.33分。"))));
    }

    [Fact]
    public void A_verifier_note_concluding_another_score_than_its_row_is_flagged()
    {
        var table = Table("4.01", note: "经计算，主办方、承办方满意度为93.06%，根据评分规则，该指标得4.00分。");
        var f = Assert.Single(Alarms(Check, Context([table])));
        Assert.Equal(4.00m, f.Stated);
        Assert.Equal(4.01m, f.Computed);
        Assert.Contains(f.Evidence, e => e.Cell == new CellRef(0, 1, 2));

        Assert.Empty(Alarms(Check, Context([Table("4.00", note: "…综上，该指标得4.00")])));
        // Two conclusions in one note (rows merged in reading): which one is the row's is unknown.
        Assert.Empty(Alarms(Check, Context([Table("4.01", note: "该指标得4.00分；…该指标得2.00分")])));
    }
}
