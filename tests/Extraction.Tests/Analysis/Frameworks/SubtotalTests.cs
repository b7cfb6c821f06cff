using System.Text;
using Extraction.Results;
using Extraction.Tests.Readers;
using Extraction.Tests.Readers.Unseen;

namespace Extraction.Tests.Analysis.Frameworks;

/// <summary>An evaluation report's table with a 小计 row closing each 一级 section: subtotals are not indicators, never
/// added into the total, and are held against their rows.</summary>
public sealed class SubtotalTests
{
    private static ScratchFile Write(string outputSubtotal, string weightSubtotal = "40")
    {
        var sb = new StringBuilder("<html><body><h1>某某专项资金绩效评价报告</h1><p>附件：绩效评价指标评分表</p><table border=\"1\">")
            .Append("<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>评价得分</th></tr>")
            .Append("<tr><td rowspan=\"3\">决策</td><td rowspan=\"2\">项目立项</td><td>立项依据充分性</td><td>10</td><td>9.00</td></tr>")
            .Append("<tr><td>立项程序规范性</td><td>10</td><td>10.00</td></tr>")
            .Append("<tr><td colspan=\"2\">小计</td><td>20</td><td>19.00</td></tr>")
            .Append("<tr><td rowspan=\"3\">产出</td><td rowspan=\"2\">产出数量</td><td>完成数量</td><td>20</td><td>18.50</td></tr>")
            .Append("<tr><td>完成质量</td><td>20</td><td>20.00</td></tr>")
            .Append($"<tr><td colspan=\"2\">小计</td><td>{weightSubtotal}</td><td>{outputSubtotal}</td></tr>")
            .Append("<tr><td rowspan=\"2\">效益</td><td>社会效益</td><td>受益群众满意度</td><td>40</td><td>36.00</td></tr>")
            .Append("<tr><td colspan=\"2\">小计</td><td>40</td><td>36.00</td></tr>")
            .Append("<tr><td colspan=\"3\">合计</td><td>100</td><td>93.50</td></tr>")
            .Append("</table></body></html>");
        return ScratchFile.WithText("subtotals.html", sb.ToString());
    }

    [Fact]
    public void Subtotals_are_not_indicators_and_not_added_into_the_total()
    {
        using var file = Write("38.50");
        var result = UnseenPipeline.Process(file);

        var table = Assert.Single(result.ScoreTables);
        Assert.Equal(["立项依据充分性", "立项程序规范性", "完成数量", "完成质量", "受益群众满意度"], table.Indicators.Select(i => i.Name));
        Assert.Equal(3, table.Subtotals.Count);
        Assert.Equal((2, 2, 38.50m), (table.Subtotals[1].FirstIndicator, table.Subtotals[1].IndicatorCount, table.Subtotals[1].Score!.Value));
        Assert.Equal(93.50m, table.Total?.Value);
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info);
    }

    [Fact]
    public void A_subtotal_its_rows_do_not_bear_out_is_flagged()
    {
        using var file = Write("39.50", weightSubtotal: "45");
        var result = UnseenPipeline.Process(file);

        var total = Assert.Single(result.Findings, f => f.Check == "total_mismatch");
        Assert.Equal((39.50m, 38.50m), (total.Stated, total.Computed));
        var weight = Assert.Single(result.Findings, f => f.Check == "weight_sum_mismatch");
        Assert.Equal((45m, 40m), (weight.Stated, weight.Computed));
    }
}
