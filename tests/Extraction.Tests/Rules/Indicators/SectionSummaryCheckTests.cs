using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks.Indicators;
using static Extraction.Tests.Rules.Indicators.IndicatorDocs;

namespace Extraction.Tests.Rules.Indicators;

/// <summary>"过程指标包括2个二级指标以及5个三级指标，总分值25分，得分为11.47分，得分率为45.88%" against the score table.</summary>
public sealed class SectionSummaryCheckTests
{
    private static readonly SectionSummaryCheck Check = new();

    private static ScoreTable Full() => new(
    [
        Row("B过程/B1组织实施/B101管理制度健全性", "5", "3.33", row: 1, levelWeights: [25, 13]),
        Row("B过程/B1组织实施/B102制度执行有效性", "8", "0.80", row: 2, levelWeights: [25, 13]),
        Row("B过程/B2资金管理/B201预算执行率", "5", "3.34", row: 3, levelWeights: [25, 12]),
        Row("B过程/B2资金管理/B202资金管理制度健全性", "3", "2.00", row: 4, levelWeights: [25, 12]),
        Row("B过程/B2资金管理/B203资金使用合规性", "4", "2.00", row: 5, levelWeights: [25, 12]),
        Row("C产出/C1产出数量/C101完成数量", "25", "19.88", row: 6, levelWeights: [25, 25]),
    ]);

    private static Finding[] Run(string sentence) => Alarms(Check, Context([Full()], P(sentence)));

    [Theory]
    [InlineData("过程指标包括2个二级指标以及5个三级指标，总分值25分，得分为11.47分，得分率为45.88%。")]
    [InlineData("过程类指标包括2个二级指标和5个三级指标，分值25分，得分11.47分。")]
    // A section the table does not have is held only to itself (score ÷ weight = rate).
    [InlineData("管理指标包括9个二级指标以及9个三级指标，总分值9分，得分为9分，得分率为100%。")]
    public void A_summary_the_table_bears_out_is_silent(string sentence) => Assert.Empty(Run(sentence));

    [Theory]
    [InlineData("过程指标包括5个二级指标以及5个三级指标，总分值25分，得分为11.47分，得分率为45.88%。", 5, 2)]
    [InlineData("过程指标包括2个二级指标以及0个三级指标，总分值25分，得分为11.47分，得分率为45.88%。", 0, 5)]
    [InlineData("过程指标包括2个二级指标以及5个三级指标，总分值25分，得分为11.47分，得分率为95.88%。", 95.88, 45.88)]
    [InlineData("过程指标包括2个二级指标以及5个三级指标，总分值23分，得分为11.47分，得分率为45.88%。", 23, 25)]
    public void Each_part_the_table_contradicts_is_flagged(string sentence, double stated, double computed)
    {
        var f = Assert.Single(Run(sentence));
        Assert.Equal("text_table_mismatch", f.Check);
        Assert.Equal((decimal)stated, f.Stated);
        Assert.Equal((decimal)computed, f.Computed);
        Assert.Contains("过程指标包括", f.Evidence[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_score_breaks_the_sum_and_its_rate()
    {
        var findings = Run("过程指标包括2个二级指标以及5个三级指标，总分值25分，得分为11.41分，得分率为45.88%。");
        Assert.Equal([11.41m], findings.Select(f => f.Stated));
    }

    [Fact]
    public void The_sections_own_table_printed_after_the_sentence_is_a_reading()
    {
        // Only the section's table: its top level is the 二级, its total row the section's score.
        var own = new ScoreTable(
        [
            Row("B1组织实施/B101管理制度健全性", "5.00", "3.33", row: 1, levelWeights: [13]),
            Row("B1组织实施/B102制度执行有效性", "8.00", "0.80", row: 2, levelWeights: [13]),
            Row("B2资金管理/B201预算执行率", "12.00", "7.34", row: 3, levelWeights: [12]),
        ])
        { Total = new Figure("合计", 11.47m, "11.47", "分", new Evidence(2, "合计 25.00 11.47")) { Decimals = 2 } };
        Block[] Blocks(string sentence) => [P(sentence), P("附表3-4：过程指标得分情况表"), Grid(3)];
        var ok = Blocks("过程指标包括2个二级指标以及3个三级指标，总分值25分，得分为11.47分，得分率为45.88%。");
        Assert.Empty(Alarms(Check, new AnalysisContext(Doc(ok), new DocumentMetadata(DocumentKind.ProjectEvaluation), [own], [], [])));

        var bad = Blocks("过程指标包括2个二级指标以及4个三级指标，总分值25分，得分为11.47分，得分率为45.88%。");
        Assert.Equal([4m], Alarms(Check, new AnalysisContext(Doc(bad), new DocumentMetadata(DocumentKind.ProjectEvaluation), [own], [], [])).Select(f => f.Stated));

        // Separated from the sentence by a heading, the table is another section's.
        Block[] apart = [P("过程指标包括2个二级指标以及4个三级指标。"), H("3.产出指标绩效分析"), Grid(3)];
        Assert.Empty(Alarms(Check, new AnalysisContext(Doc(apart), new DocumentMetadata(DocumentKind.ProjectEvaluation), [own], [], [])));
    }

    [Fact]
    public void A_section_tables_total_row_that_neither_its_rows_nor_the_text_bear_out_is_flagged()
    {
        ScoreTable Own(string total) => new(
        [
            Row("B1组织实施/B101管理制度健全性", "5.00", "3.33", row: 1, levelWeights: [13]),
            Row("B2资金管理/B201预算执行率", "12.00", "7.34", row: 2, levelWeights: [12]),
        ])
        { Total = new Figure("合计", decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), total, "分", new Evidence(2, "合计 25.00 " + total)) { Decimals = 2 } };
        Block[] blocks = [P("过程指标包括2个二级指标以及2个三级指标，总分值25分，得分为10.67分。"), Grid(2)];
        AnalysisContext Ctx(string total) => new(Doc(blocks), new DocumentMetadata(DocumentKind.ProjectEvaluation), [Own(total)], [], []);

        Assert.Empty(Alarms(Check, Ctx("10.67")));
        var f = Assert.Single(Alarms(Check, Ctx("10.76")));
        Assert.Equal(10.76m, f.Stated);
        Assert.Equal(10.67m, f.Computed);
        Assert.Equal("合计 25.00 10.76", f.Evidence[0].Quote);
    }

    private static Document Doc(Block[] blocks) => new("test", [new Page(1, blocks)], []);

    private static Table Grid(int rows) =>
        new(Enumerable.Range(0, rows + 1).Select(r => new TableCell(r, 0, 1, 1, "x", Provenance.OnPage(1))).ToArray(), rows + 1, 1, Provenance.OnPage(1));

    /// <summary>The same check over statements read from the fact table (headings and sentences of other wordings).</summary>
    private static Finding[] RunFacts(params Block[] narrative)
    {
        var context = Context([Full()], narrative);
        var set = new Extraction.Analysis.Figures.FigureExtractor().Extract(context.Document);
        return Alarms(Check, context with { Facts = new Extraction.Rules.Facts.FactLinker().Link(set.Facts) });
    }

    [Fact]
    public void A_heading_with_weight_and_score_and_the_rate_under_it_that_agree_is_silent()
    {
        Assert.Empty(RunFacts(H("（二）过程指标（满分25分，得分11.47分）"), P("该部分得分率为45.88%。")));
        Assert.Empty(RunFacts(P("过程指标满分25分，得分11.47分，得分率45.88%；产出指标满分25分，得分19.88分，得分率79.52%。")));
    }

    [Fact]
    public void A_heading_is_held_to_itself_not_to_the_score_tables()
    {
        // 12.47 ÷ 25 is 49.88 %, not the 45.88 % printed under it; the table's 11.47 is not consulted.
        var f = Assert.Single(RunFacts(H("（二）过程指标（满分25分，得分12.47分）"), P("该部分得分率为45.88%。")));
        Assert.Equal("text_table_mismatch", f.Check);
        Assert.Equal(45.88m, f.Stated);
        Assert.Equal(49.88m, f.Computed);
        Assert.Empty(RunFacts(H("（二）过程指标（满分25分，得分12.47分）"), P("该部分得分率为49.88%。")));
    }

    [Fact]
    public void A_heading_weight_in_whole_points_is_exact_so_a_score_one_hundredth_off_breaks_its_rate()
    {
        // 28.49 ÷ 29 is 98.24 %; read as printed, 满分29分 would stand for 28.5–29.5 and let 98.28 % through.
        var f = Assert.Single(RunFacts(H("（四）履职效益指标（满分29分，得分28.49分）"), P("得分率98.28%。")));
        Assert.Equal(98.28m, f.Stated);
        Assert.Equal(98.24m, f.Computed);
        Assert.Empty(RunFacts(H("（四）履职效益指标（满分29分，得分28.49分）"), P("得分率98.24%。")));
        Assert.Empty(RunFacts(H("（四）履职效益指标（满分29分，得分28.50分）"), P("得分率98.28%。")));
    }

    [Fact]
    public void A_rate_under_a_heading_that_is_not_its_score_over_its_weight_is_flagged()
    {
        var f = Assert.Single(RunFacts(H("（二）过程指标（满分25分，得分11.47分）"), P("得分率54.88%。")));
        Assert.Equal(54.88m, f.Stated);
        Assert.Equal(45.88m, f.Computed);
    }

    [Fact]
    public void A_section_the_tables_lack_is_held_only_to_its_own_weight_score_and_rate()
    {
        Assert.Empty(RunFacts(H("（五）管理指标（满分20分，得分18.00分）"), P("得分率90.00%。")));
        var f = Assert.Single(RunFacts(H("（五）管理指标（满分20分，得分18.00分）"), P("得分率80.00%。")));
        Assert.Equal(80m, f.Stated);
        // Another section's rate in the next paragraph is not this heading's: a paragraph with points of its own.
        Assert.Empty(RunFacts(H("（五）管理指标（满分20分，得分18.00分）"), P("其中资金管理满分8分，得分率80.00%。")));
    }
}
