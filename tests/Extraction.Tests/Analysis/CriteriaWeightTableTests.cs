using Extraction.Analysis.ScoreTables;
using Extraction.Model;
using Extraction.Results;
using Extraction.Rules.Checks;
using Extraction.Tests.Rules;

namespace Extraction.Tests.Analysis;

/// <summary>The evaluation table of projects financed by international loans (财政部 国际金融组织贷款项目绩效评价): four
/// criteria with a weight in percent, a rating out of 100 and the weighted score, the last row the project's total under
/// a name of its own. The figures are a published Sichuan evaluation's (20 %·100, 50 %·77.39, 20 %·73.90, 10 %·92 →
/// 82.68).</summary>
public sealed class CriteriaWeightTableTests
{
    private static Table Grid(string total = "82.68", string efficiency = "38.70") => TestDocs.Grid(
        ["评价准则", "权重(%)", "评价分值(百分制)", "加权平均得分", "绩效等级"],
        ["相关性", "20%", "100.00", "20.00", "高度相关"],
        ["效率", "50%", "77.39", efficiency, "效率一般"],
        ["效果", "20%", "73.90", "14.78", "比较满意"],
        ["可持续性", "10%", "92.00", "9.20", "高度可持续"],
        ["项目绩效", "100%", "/", total, "实施比较顺利。"]);

    private static ScoreTable Read(Table table) =>
        Assert.Single(new ScoreTableExtractor().Extract(new Document("test", [new Page(1, [table])], [])));

    [Fact]
    public void Criteria_weights_and_weighted_scores_are_read_and_the_last_row_is_the_total()
    {
        var table = Read(Grid());
        Assert.Equal(["相关性", "效率", "效果", "可持续性"], table.Indicators.Select(i => i.Path[^1]));
        Assert.Equal([20m, 50m, 20m, 10m], table.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal([20.00m, 38.70m, 14.78m, 9.20m], table.Indicators.Select(i => i.Score!.Value));
        // The rating out of 100 is what the weight turns into the score, not a second weight.
        Assert.Equal("77.39", table.Indicators[1].Actual);
        Assert.Equal(82.68m, table.Total!.Value);
        Assert.Equal(100m, table.TotalWeight!.Value);
    }

    [Fact]
    public void A_total_the_weighted_scores_do_not_make_is_a_total_mismatch()
    {
        Assert.Empty(Alarms(Grid()));
        Assert.Single(Alarms(Grid(total: "82.86")), f => f.Check == CheckNames.Total);
        Assert.Single(Alarms(Grid(efficiency: "37.80")), f => f.Check == CheckNames.Total);
    }

    [Fact]
    public void A_last_row_that_is_not_the_sum_of_the_weights_above_is_an_indicator()
    {
        var table = Read(TestDocs.Grid(["评价指标", "分值", "得分"], ["A", "20", "18"], ["B", "30", "25"], ["C", "50", "45"], ["D", "40", "40"]));
        Assert.Equal(4, table.Indicators.Count);
        Assert.Null(table.Total);
        // A last indicator weighing what the two before it do is still an indicator: only the full 100 is a total.
        var three = Read(TestDocs.Grid(["评价指标", "分值", "得分"], ["投入", "30", "28"], ["过程", "20", "18"], ["产出效益", "50", "45"]));
        Assert.Equal(3, three.Indicators.Count);
        Assert.Null(three.Total);
    }

    private static Extraction.Results.Finding[] Alarms(Table table)
    {
        var document = new Document("test", [new Page(1, [table])], []);
        var tables = new ScoreTableExtractor().Extract(document);
        var context = new Extraction.Pipeline.AnalysisContext(document, new Extraction.Results.DocumentMetadata(Extraction.Results.DocumentKind.Other), tables, [], []);
        return CheckCatalog.All().SelectMany(c => c.Run(context)).Where(f => f.Severity >= Extraction.Results.Severity.Warning).ToArray();
    }
}
