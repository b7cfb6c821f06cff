using System.Text;

namespace Extraction.Tests.Readers.Unseen;

/// <summary>One score table printed under header wordings and column orders the seeds do not use, through
/// the real pipeline: the indicators' weights and scores must not depend on them.</summary>
public sealed class HeaderVariantTests
{
    /// <summary>Columns by role: n1/n2/n3 level names, w weight, s score, self (自评), seq 序号, pct a percentage,
    /// x a short remark.</summary>
    public static TheoryData<string, string> Variants => new()
    {
        { "一级指标|二级指标|三级指标|指标分值|自评得分|核查得分|核查意见", "n1|n2|n3|w|self|s|x" },
        { "序号|指标名称（一级）|二级指标|三级指标|得 分|分 值|权重（%）", "seq|n1|n2|n3|s|w|pct" },
        { "一级指标|二级指标|三级指标|评分标准|标准分|实得分|扣分原因", "n1|n2|n3|x|w|s|x" },
        { "一级指标|二级指标|三级指标|分值（分）|得分（分）|得分率", "n1|n2|n3|w|s|pct" },
        { "一级指标|二级指标|三级指标|分值|得分|备注", "n1|n2|n3|w|s|x" },
        { "指标层级一|指标层级二|指标层级三|满分|评价得分", "n1|n2|n3|w|s" },
    };

    /// <summary>Total and grade rows as tables print them (header 一级|二级|三级|分值|得分).</summary>
    public static TheoryData<string> SummaryRows => new()
    {
        "<tr><td colspan=\"3\">合  计</td><td>100</td><td>89.5</td></tr><tr><td colspan=\"3\">评价等级</td><td colspan=\"2\">良</td></tr>",
        "<tr><td colspan=\"3\">总分</td><td>100</td><td>89.50</td></tr><tr><td colspan=\"5\">评价等级：良</td></tr>",
        "<tr><td>合计</td><td></td><td></td><td>100分</td><td>89.5分</td></tr><tr><td>自评等级</td><td colspan=\"4\">“良好”</td></tr>",
        "<tr><td colspan=\"3\">综合得分</td><td colspan=\"2\">89.5（良）</td></tr>",
    };

    [Theory]
    [MemberData(nameof(SummaryRows))]
    public void Total_and_grade_rows_are_read_in_their_printed_forms(string summary)
    {
        var html = Html("一级指标|二级指标|三级指标|分值|得分", "n1|n2|n3|w|s", summary);
        using var file = ScratchFile.WithText("summary.html", html);
        var result = UnseenPipeline.Process(file);

        var table = Assert.Single(result.ScoreTables);
        Assert.Equal(UnseenReport.Rows.Count, table.Indicators.Count);
        Assert.Equal(UnseenReport.Total, table.Total?.Value);
        Assert.Equal(UnseenReport.Grade, result.Metadata.StatedGrade);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Weights_and_scores_do_not_depend_on_header_wording_or_order(string header, string roles)
    {
        var columns = roles.Split('|');
        using var file = ScratchFile.WithText("variant.html", Html(header, roles, string.Empty));
        var result = UnseenPipeline.Process(file);

        var table = Assert.Single(result.ScoreTables);
        Assert.Equal(UnseenPipeline.ExpectedRows(), UnseenPipeline.FoundRows(table));
        if (columns.Contains("self"))
        {
            Assert.Equal(UnseenReport.Rows.Select(r => (decimal?)r.Weight), table.Indicators.Select(i => i.SelfScore));
        }
    }

    private static string Html(string header, string roles, string summary)
    {
        var columns = roles.Split('|');
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><h1>")
            .Append(UnseenReport.Title).Append("</h1><table><tr>");
        foreach (var h in header.Split('|'))
        {
            html.Append("<td>").Append(h).Append("</td>");
        }

        html.Append("</tr>");
        foreach (var row in UnseenReport.Rows)
        {
            html.Append("<tr>");
            foreach (var role in columns)
            {
                html.Append("<td>").Append(role switch
                {
                    "n1" => row.Level1,
                    "n2" => row.Level2,
                    "n3" => row.Level3,
                    "w" => UnseenPipeline.Number(row.Weight),
                    "s" => UnseenPipeline.Number(row.Score),
                    "self" => UnseenPipeline.Number(row.Weight),
                    "seq" => UnseenPipeline.Number(UnseenReport.Rows.ToList().IndexOf(row) + 1),
                    "pct" => $"{row.Score * 100 / row.Weight:0.00}%",
                    _ => "无",
                }).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append(summary).Append("</table></body></html>").ToString();
    }
}
