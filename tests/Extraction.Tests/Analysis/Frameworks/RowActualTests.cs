using Extraction.Tests.Readers;
using Extraction.Tests.Readers.Unseen;

namespace Extraction.Tests.Analysis.Frameworks;

/// <summary>A row's own 完成情况 percentage is the value its criterion scores, not a like-named rate elsewhere in the
/// document (基本支出执行率 in the narrative for a row named 支出执行率).</summary>
public sealed class RowActualTests
{
    private static ScratchFile Write(string score) => ScratchFile.WithText("dotted.html",
        "<html><body><h1>某局2023年度部门整体支出绩效评价报告</h1><p>基本支出执行率95.88%，项目支出执行率80.12%。</p><table border=\"1\">"
        + "<tr><th>序号</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>评分标准</th><th>分值</th><th>完成情况</th><th>得分</th></tr>"
        + "<tr><td>1.1.1</td><td>部门管理</td><td>资金管理</td><td>支出执行率</td><td>以100%为满分标准，得分=实际完成率×10分</td><td>10</td><td>80.97%</td><td>" + score + "</td></tr>"
        + "<tr><td>1.1.2</td><td>部门效益</td><td>满意度</td><td>满意度</td><td>满意度≥95%得90分；90%（含）-95%得72分；80%（含）-90%得54分；80%以下得36分</td><td>90</td><td>78.63%</td><td>36.00</td></tr>"
        + "<tr><td colspan=\"5\">合计</td><td>100</td><td></td><td>44.10</td></tr></table></body></html>");

    [Theory]
    [InlineData("8.10", false)]
    [InlineData("9.10", true)]
    public void The_rows_own_percentage_is_the_rules_input(string score, bool flagged)
    {
        using var file = Write(score);
        var result = UnseenPipeline.Process(file);

        var rate = Assert.Single(result.Indicators, a => a.Indicator.Name == "支出执行率");
        Assert.Equal(8.10m, rate.Recomputed);
        Assert.Equal(flagged, result.Findings.Any(f => f.Check == "rescore_mismatch" && f.Indicator is { Count: > 0 } p && p[^1] == "支出执行率"));
    }
}
