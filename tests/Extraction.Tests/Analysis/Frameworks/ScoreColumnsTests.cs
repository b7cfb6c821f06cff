using System.Text;
using Extraction.Results;
using Extraction.Tests.Readers;
using Extraction.Tests.Readers.Unseen;

namespace Extraction.Tests.Analysis.Frameworks;

/// <summary>A verification table with 自评得分 and 核查得分 columns, a total row and a grade row giving both:
/// each score kept, the verifier's total and grade stated, the self-assessment's kept by column.</summary>
public sealed class ScoreColumnsTests
{
    private static ScratchFile Write(bool labelledRows, string narrative = "")
    {
        var sb = new StringBuilder("<html><body><h1>关于某局2023年度部门整体支出绩效自评的核查报告</h1>").Append(narrative).Append("<table border=\"1\">")
            .Append("<tr><th>一级指标</th><th>二级指标</th><th>分值</th><th>自评得分</th><th>核查得分</th><th>核查说明</th></tr>")
            .Append("<tr><td rowspan=\"2\">决策</td><td>目标设定</td><td>40</td><td>40</td><td>36</td><td>目标不够细化，扣4分</td></tr>")
            .Append("<tr><td>预算编制</td><td>30</td><td>30</td><td>27</td><td>编制不够准确，扣3分</td></tr>")
            .Append("<tr><td>产出</td><td>完成情况</td><td>30</td><td>28</td><td>25</td><td>部分任务未完成</td></tr>");
        sb.Append(labelledRows
            ? "<tr><td colspan=\"3\">自评总分</td><td colspan=\"3\">98</td></tr><tr><td colspan=\"3\">核查总分</td><td colspan=\"3\">88</td></tr>"
              + "<tr><td colspan=\"3\">自评等级</td><td colspan=\"3\">优</td></tr><tr><td colspan=\"3\">核查等级</td><td colspan=\"3\">良</td></tr>"
            : "<tr><td colspan=\"2\">合计</td><td>100</td><td>98</td><td>88</td><td></td></tr><tr><td colspan=\"3\">评价等级</td><td>优</td><td>良</td><td></td></tr>");
        return ScratchFile.WithText("verification.html", sb.Append("</table></body></html>").ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_score_column_is_kept_and_totals_and_grades_go_to_their_column(bool labelledRows)
    {
        using var file = Write(labelledRows);
        var result = UnseenPipeline.Process(file);

        var table = Assert.Single(result.ScoreTables);
        Assert.Equal([36m, 27m, 25m], table.Indicators.Select(i => i.Score!.Value));
        Assert.Equal([40m, 30m, 28m], table.Indicators.Select(i => i.SelfScore!.Value));
        Assert.Equal(["self 40", "verified 36"], table.Indicators[0].Scores.Select(s => $"{s.Column} {s.Text}"));
        Assert.Equal((88m, "良"), (table.Total?.Value, table.Grade));
        var self = Assert.Single(table.ColumnTotals, c => c.Column == "self");
        Assert.Equal((98m, "优"), (self.Total?.Value, self.Grade));
        Assert.DoesNotContain(result.Findings, f => f.Check is "total_mismatch" or "grade_mismatch");
    }

    /// <summary>The narrative states both totals (自评得分 first): the verifier's is held to the table's main total and
    /// the self-assessment's to the 自评 column's, so a clean copy draws nothing and a misprinted self total is named.</summary>
    [Theory]
    [InlineData("98", false)]
    [InlineData("97", true)]
    public void The_narratives_self_and_verified_totals_are_held_to_their_own_columns(string selfStated, bool flagged)
    {
        using var file = Write(false, $"<p>某局自评得分{selfStated}分，自评等级为优；经核查，核查得分88分，核查等级为良。</p>");
        var result = UnseenPipeline.Process(file);

        Assert.Equal(88m, result.Metadata.NarrativeTotal?.Value);
        var totals = result.Findings.Where(f => f.Check == "total_mismatch").ToList();
        if (flagged)
        {
            var finding = Assert.Single(totals);
            Assert.Equal((98m, 97m), (finding.Stated, finding.Computed));
        }
        else
        {
            Assert.Empty(totals);
        }
    }
}
