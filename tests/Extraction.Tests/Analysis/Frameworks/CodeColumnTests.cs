using Extraction.Tests.Readers;
using Extraction.Tests.Readers.Unseen;

namespace Extraction.Tests.Analysis.Frameworks;

/// <summary>A framework with a 指标编码 column first and its criteria under 评分要点 (评分 is a score word): the code is the
/// indicator's code, not a name level; 评分要点 is the criteria, not a second score column.</summary>
public sealed class CodeColumnTests
{
    [Fact]
    public void A_code_column_and_a_scoring_points_column_are_read_by_meaning()
    {
        const string html = "<html><body><h1>某局2023年度部门整体支出绩效自评报告</h1><table border=\"1\">"
            + "<tr><th>指标编码</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>标准分</th><th>评分要点</th><th>得分</th></tr>"
            + "<tr><td>A101</td><td rowspan=\"3\">预算编制</td><td>目标管理</td><td>绩效目标设定情况</td><td>40</td><td>完全符合得满分，基本符合酌情扣分</td><td>38</td></tr>"
            + "<tr><td>A201</td><td rowspan=\"2\">编制质量</td><td>预算编制质量</td><td>30</td><td>视完成情况综合评定</td><td>30</td></tr>"
            + "<tr><td>A202</td><td>重点项目保障率</td><td>30</td><td>得分=重点项目保障率×30分</td><td>27</td></tr>"
            + "<tr><td colspan=\"4\">合计</td><td>100</td><td></td><td>95</td></tr></table></body></html>";
        using var file = ScratchFile.WithText("coded.html", html);
        var result = UnseenPipeline.Process(file);

        var table = Assert.Single(result.ScoreTables);
        Assert.Equal(
            ["A101 预算编制/目标管理/绩效目标设定情况 40 38", "A201 预算编制/编制质量/预算编制质量 30 30", "A202 预算编制/编制质量/重点项目保障率 30 27"],
            table.Indicators.Select(i => $"{i.Code} {string.Join("/", i.Path)} {i.Weight} {i.Score}"));
        Assert.Equal("视完成情况综合评定", table.Indicators[1].Criteria);
        Assert.Equal(95m, table.Total?.Value);
    }
}
