using System.Text;
using Extraction.Tests.Readers;

namespace Extraction.Tests.Analysis.Frameworks;

/// <summary>A 项目支出绩效自评表 of the national form written as HTML: project and funds blocks, 年度总体目标 and the
/// 绩效指标 rows (一级/二级/三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施) in one table, 总分 last.</summary>
internal sealed record NationalForm
{
    public static readonly NationalRow[] DefaultRows =
    [
        new("产出指标", "数量指标", "培训人次", "≥2000人次", "1900人次", 20, "19.00", "部分学员因故延期参训"),
        new("产出指标", "质量指标", "培训合格率", "≥90%", "93%", 15, "15.00", string.Empty),
        new("产出指标", "时效指标", "补贴发放及时率", "100%", "100%", 10, "10.00", string.Empty),
        new("产出指标", "成本指标", "人均培训成本", "≤2400元", "2400元", 5, "5.00", string.Empty),
        new("效益指标", "社会效益指标", "培训后就业率", "≥60%", "62%", 15, "15.00", string.Empty),
        new("效益指标", "可持续影响指标", "技能人才储备", "持续增加", "持续增加", 15, "15.00", string.Empty),
        new("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", 10, "10.00", string.Empty),
    ];

    public IReadOnlyList<NationalRow> Rows { get; init; } = DefaultRows;

    public string FundsScore { get; init; } = "9.50";

    public string Total { get; init; } = "98.50";

    /// <summary>Print the funds block and the indicators as two tables (as Word and PDF converters often do).</summary>
    public bool TwoTables { get; init; }

    /// <summary>A sentence saying a shortfall is scored 实际完成值/年度指标值×分值.</summary>
    public bool StatesProportion { get; init; }

    public ScratchFile Write() => ScratchFile.WithText("national.html", Html());

    public string Html()
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>项目支出绩效自评表</title></head><body>")
            .Append("<h2>项目支出绩效自评表</h2><p>（2023年度）</p>");
        if (StatesProportion)
        {
            sb.Append("<p>评分说明：实际完成值未达到年度指标值的，按实际完成值/年度指标值×分值计分。</p>");
        }

        sb.Append("<table border=\"1\">")
            .Append("<tr><td colspan=\"2\">项目名称</td><td colspan=\"8\">城乡居民技能培训补贴项目</td></tr>")
            .Append("<tr><td colspan=\"2\">主管部门</td><td colspan=\"4\">某市人力资源和社会保障局</td><td colspan=\"2\">实施单位</td><td colspan=\"2\">某市职业技能鉴定中心</td></tr>")
            .Append("<tr><td colspan=\"2\" rowspan=\"4\">项目资金（万元）</td><td colspan=\"2\"></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>")
            .Append($"<tr><td colspan=\"2\">年度资金总额</td><td>500.00</td><td>480.00</td><td>456.00</td><td>10</td><td>95.00%</td><td>{FundsScore}</td></tr>")
            .Append("<tr><td colspan=\"2\">其中：当年财政拨款</td><td>500.00</td><td>480.00</td><td>456.00</td><td>—</td><td></td><td>—</td></tr>")
            .Append("<tr><td colspan=\"2\">其他资金</td><td>0</td><td>0</td><td>0</td><td>—</td><td></td><td>—</td></tr>")
            .Append("<tr><td rowspan=\"2\">年度总体目标</td><td colspan=\"5\">预期目标</td><td colspan=\"4\">实际完成情况</td></tr>")
            .Append("<tr><td colspan=\"5\">全年培训城乡劳动者2000人次，培训合格率不低于90%。</td><td colspan=\"4\">全年培训1900人次，合格率93%。</td></tr>");
        if (TwoTables)
        {
            sb.Append("</table><table border=\"1\">");
        }

        sb.Append($"<tr><td rowspan=\"{Rows.Count + 1}\">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td colspan=\"2\">偏差原因分析及改进措施</td></tr>");
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            sb.Append("<tr>");
            if (i == 0 || Rows[i - 1].Level1 != row.Level1)
            {
                sb.Append($"<td rowspan=\"{Rows.Skip(i).TakeWhile(r => r.Level1 == row.Level1).Count()}\">{row.Level1}</td>");
            }

            sb.Append($"<td>{row.Level2}</td><td>{row.Level3}</td><td>{row.Target}</td><td>{row.Actual}</td><td>{row.Weight}</td><td>{row.Score}</td><td colspan=\"2\">{row.Note}</td></tr>");
        }

        return sb.Append($"<tr><td colspan=\"6\">总分</td><td>100</td><td>{Total}</td><td colspan=\"2\"></td></tr></table></body></html>").ToString();
    }
}

internal sealed record NationalRow(string Level1, string Level2, string Level3, string Target, string Actual, decimal Weight, string Score, string Note);
