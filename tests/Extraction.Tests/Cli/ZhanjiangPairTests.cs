using System.Globalization;
using System.Text;
using Extraction.Tests.Output;

namespace Extraction.Tests.Cli;

/// <summary>Through the real pipeline: a self-assessment of 湛江市民政局 2019 (written here as a government web
/// page) beside the corpus verification of the same department and year (seed002.html) pairs indicator by indicator.</summary>
public sealed class ZhanjiangPairTests
{
    // 三级指标, 分值, self score (the verification printed 1.5 for 预算编制准确性 and 4.77 for 重点工作完成效率).
    private static readonly (string Level1, string Level2, string Level3, decimal Weight, decimal Self)[] Rows =
    [
        ("预算编制情况", "预算编制", "预算编制合理性", 3m, 3m),
        ("预算编制情况", "预算编制", "预算编制规范性", 4m, 4m),
        ("预算编制情况", "预算编制", "预算编制准确性", 5m, 5m),
        ("预算编制情况", "目标设置", "目标完整性", 4m, 4m),
        ("预算编制情况", "目标设置", "目标科学性", 4m, 4m),
        ("预算执行效益", "效率性", "重点工作完成效率", 5m, 5m),
        ("预算执行效益", "公平性", "公众或服务对象满意度", 3m, 3m),
    ];

    private static string SelfAssessmentPage()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>湛江市民政局2019年度部门整体支出绩效自评报告</title></head><body>");
        html.Append("<h1>湛江市民政局2019年度部门整体支出绩效自评报告</h1>");
        html.Append("<p>部门名称：湛江市民政局</p>");
        html.Append("<p>根据湛江市财政局的要求，我局对2019年度部门整体支出开展了绩效自评，自评得分为32分，评价等级为优。</p>");
        html.Append("<p>附件：2019年度部门整体支出绩效自评评分表</p>");
        html.Append("<table border=\"1\"><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>自评得分</th></tr>");
        foreach (var (l1, l2, l3, weight, self) in Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{l1}</td><td>{l2}</td><td>{l3}</td><td>{weight}</td><td>{self}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"3\">合计</td><td>{Rows.Sum(r => r.Weight)}</td><td>{Rows.Sum(r => r.Self)}</td></tr></table>");
        html.Append("</body></html>");
        return html.ToString();
    }

    [Fact]
    public void Self_assessment_and_verification_of_zhanjiang_civil_affairs_2019_are_paired()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        File.WriteAllText(Path.Combine(input, "zhanjiang-minzheng-2019-self.html"), SelfAssessmentPage());
        File.Copy(SampleResults.CorpusFile("seeds/seed002.html"), Path.Combine(input, "seed002.html"));
        var output = folder.File("out");

        var (code, _, stderr) = ExtractProcess.Run("check", input, "--out", output);
        Assert.True(code == 0, stderr);
        using var reader = new StreamReader(Path.Combine(output, "pairs.csv"), Encoding.UTF8);
        var lines = reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.NotEmpty(rows);
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];
        Assert.All(rows, r => Assert.Equal("2019", Cell(r, "year")));
        var accuracy = Assert.Single(rows, r => Cell(r, "indicator").EndsWith("预算编制准确性", StringComparison.Ordinal));
        Assert.Equal("5", Cell(accuracy, "self_score"));
        Assert.Equal("1.5", Cell(accuracy, "verified_score"));
        Assert.Equal("-3.5", Cell(accuracy, "difference"));
        var matched = rows.Count(r => Cell(r, "self_score").Length > 0 && Cell(r, "verified_score").Length > 0);
        Assert.Equal(Rows.Length, matched);
        Assert.Contains("<table class=\"pairs\">", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
        Assert.Contains("zhanjiang-minzheng-2019-self.html", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
    }
}
