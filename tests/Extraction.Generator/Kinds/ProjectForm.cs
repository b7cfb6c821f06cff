using Extraction.Generator.Build;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>项目支出绩效自评表 in the national form: the funds block (年初预算数/全年预算数/全年执行数/分值/执行率/得分), the
/// 年度总体目标 (预期 vs 实际), and the 绩效指标 table (一级/二级/三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因) with 总分.
/// An indicator short of its target scores 实际/目标 × 分值; the funds score is 执行率 × 10.</summary>
public static class ProjectForm
{
    private sealed record Spec(string L1, string L2, string Name, string Unit, decimal Min, decimal Max, bool AtMost);

    private static readonly Spec[] Pool =
    [
        new("产出指标", "数量指标", "培训人次", "人次", 200, 5000, false),
        new("产出指标", "数量指标", "改造面积", "平方米", 1000, 30000, false),
        new("产出指标", "数量指标", "完成项目个数", "个", 3, 40, false),
        new("产出指标", "质量指标", "验收合格率", "%", 90, 100, false),
        new("产出指标", "质量指标", "设备完好率", "%", 90, 100, false),
        new("产出指标", "时效指标", "按期完成率", "%", 85, 100, false),
        new("产出指标", "成本指标", "单位成本控制率", "%", 90, 100, true),
        new("效益指标", "社会效益指标", "受益群众人数", "人", 1000, 90000, false),
        new("效益指标", "经济效益指标", "带动增收金额", "万元", 20, 900, false),
        new("效益指标", "可持续影响指标", "设施正常运行率", "%", 85, 100, false),
        new("满意度指标", "服务对象满意度指标", "服务对象满意度", "%", 80, 99, false),
    ];

    public static GenDocument Compose(DocBuilder doc, Identity who, string id)
    {
        var d = doc.Draw;
        var title = $"{who.Year}年度项目支出绩效自评表";
        doc.Heading(0, title);
        doc.Paragraph(d.Pick<string>(["（", ""]) + $"填报单位：{who.Department}" + d.Pick<string>(["）", ""]));
        var t = doc.Table("funds", null, 8, 0);
        t.Cell(0, 0, "项目名称").Span(0, 1, 1, 7, who.Project);
        t.Cell(1, 0, "主管部门").Span(1, 1, 1, 3, who.Department).Cell(1, 4, "实施单位").Span(1, 5, 1, 3, who.Department);
        t.Span(2, 0, 5, 1, "项目资金（万元）");
        t.Line2(2, 1, "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        var names = new[] { "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金" };
        var current = d.Dec(50m, 3000m, 2);
        var carried = d.Chance(0.5) ? d.Dec(5m, 300m, 2) : 0m;
        var other = d.Chance(0.3) ? d.Dec(5m, 200m, 2) : 0m;
        var parts = new[] { current, carried, other };
        var adjustedParts = parts.Select(x => x == 0 ? 0 : x + d.Dec(0m, x * 0.1m, 2)).ToArray();
        var spentParts = adjustedParts.Select(x => Numbers.Round(x * d.Dec(0.75m, 1m, 4), 2)).ToArray();
        var columns = new[] { parts, adjustedParts, spentParts };
        var partRuns = new List<Run>[3] { [], [], [] };
        Run[] totals = new Run[3];
        for (var c = 0; c < 3; c++)
        {
            for (var r = 1; r < 4; r++)
            {
                var q = doc.Quantity(new[] { "年初预算数", "全年预算数", "全年执行数" }[c], columns[c][r - 1], "万元", new Qualifiers(Category: names[r]));
                var run = doc.Say(q, 2, suffix: "");
                partRuns[c].Add(run);
                t.Cell(3 + r, 2 + c, run);
            }

            var totalQ = doc.Quantity(new[] { "年初预算数", "全年预算数", "全年执行数" }[c], columns[c].Sum(), "万元", new Qualifiers(Category: "合计"));
            totals[c] = doc.Say(totalQ, 2, suffix: "");
            doc.Relate("sum", "sum", totals[c], [.. partRuns[c]]);
            t.Cell(3, 2 + c, totals[c]);
        }

        var rate = adjustedParts.Sum() == 0 ? 0 : spentParts.Sum() / adjustedParts.Sum() * 100m;
        var fundsWeight = doc.Say(doc.Quantity("资金执行分值", 10m, "分"), 0, suffix: "");
        var rateRun = doc.Say(doc.Quantity("执行率", rate, "%"), 2);
        var fundsScore = doc.Say(doc.Quantity("资金执行得分", Numbers.Round(Math.Min(rate, 100m) / 10m, 2), "分"), 2, suffix: "");
        doc.Relate("rate", "ratio", rateRun, totals[2], totals[1]);
        doc.Relate("rescore", "rule", fundsScore, new ScoreRule("linear", 10m) { Target = 100 }, rateRun, fundsWeight);
        doc.Relate("score_bound", "le", fundsScore, fundsWeight);
        t.Cell(3, 1, names[0]).Cell(3, 5, fundsWeight).Cell(3, 6, rateRun).Cell(3, 7, fundsScore);
        for (var r = 1; r < 4; r++)
        {
            t.Cell(3 + r, 1, names[r]).Cell(3 + r, 5, "—").Cell(3 + r, 6, "—").Cell(3 + r, 7, "—");
        }

        t.Span(7, 0, 2, 1, "年度总体目标").Span(7, 1, 1, 3, "预期目标").Span(7, 4, 1, 4, "实际完成情况");
        t.Span(8, 1, 1, 3, $"完成{who.Project}年度建设任务，提升公共服务水平。").Span(8, 4, 1, 4, "已按计划完成年度任务，公共服务水平有所提升。");
        var funds = t.Add();

        var specs = d.Sample(Pool, d.Int(6, 9)).OrderBy(s => Array.IndexOf(Pool, s)).ToList();
        var weights = d.Split(90m, specs.Count, 1m);
        var it = doc.Table("score", null, 8, 1);
        it.Line(0, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        var row = 1;
        var weightRuns = new List<Run> { fundsWeight };
        var scoreRuns = new List<Run> { fundsScore };
        var rows = new List<(Spec Spec, Run Weight, Run Score, decimal W, decimal S, int Row)>();
        foreach (var l1 in specs.GroupBy(s => s.L1))
        {
            var first = row;
            foreach (var l2 in l1.GroupBy(s => s.L2))
            {
                var first2 = row;
                foreach (var spec in l2)
                {
                    var w = weights[specs.IndexOf(spec)];
                    var integer = spec.Unit != "%" && spec.Unit != "万元";
                    var target = integer ? (decimal)d.Int((int)spec.Min, (int)spec.Max) : spec.Unit == "%" ? d.Pick<decimal>([90m, 95m, 98m, 100m]) : d.Dec(spec.Min, spec.Max, 2);
                    var met = d.Chance(0.65);
                    var actual = spec.AtMost ? (met ? d.Dec(target - 10m, target, 2) : d.Dec(target, target + 5m, 2))
                        : met ? (integer ? target + d.Int(0, (int)(target / 10m)) : Math.Min(spec.Unit == "%" ? 100m : decimal.MaxValue, target + d.Dec(0m, 2m, 2)))
                        : integer ? Math.Max(1, target - d.Int(1, Math.Max(1, (int)(target / 5m)))) : target - d.Dec(0.5m, target * 0.15m, 2);
                    var decimals = integer ? 0 : 2;
                    var qt = doc.Quantity(spec.Name + "目标值", target, spec.Unit);
                    var qa = doc.Quantity(spec.Name, actual, spec.Unit);
                    var rt = doc.Say(qt, decimals, suffix: spec.Unit);
                    var ra = doc.Say(qa, decimals, suffix: spec.Unit);
                    var shortfall = spec.AtMost ? actual > target : actual < target;
                    var score = !shortfall ? w : spec.AtMost ? 0m : Numbers.Round(doc.MentionOf(ra).Value / doc.MentionOf(rt).Value * w, 2);
                    var rw = doc.Say(doc.Quantity(spec.Name + "分值", w, "分"), 0, suffix: "");
                    var rs = doc.Say(doc.Quantity(spec.Name + "得分", score, "分"), score == decimal.Truncate(score) ? 0 : 2, suffix: "");
                    weightRuns.Add(rw);
                    scoreRuns.Add(rs);
                    var rule = spec.AtMost ? new ScoreRule("binary", w) { Target = target, AtMost = true } : new ScoreRule("linear", w) { Target = target };
                    doc.Relate("rescore", "rule", rs, rule, ra, rt, rw);
                    doc.Relate("score_bound", "le", rs, rw);
                    it.Cell(row, 2, spec.Name).Cell(row, 3, spec.AtMost ? "≤" : "≥", rt).Cell(row, 4, ra).Cell(row, 5, rw).Cell(row, 6, rs)
                        .Cell(row, 7, shortfall ? d.Pick<string>(["受客观因素影响未达到预期，下一步加强调度", "进度滞后，将加快实施"]) : "");
                    rows.Add((spec, rw, rs, w, score, row));
                    row++;
                }

                it.Span(first2, 1, row - first2, 1, l2.Key);
            }

            it.Span(first, 0, row - first, 1, l1.Key);
        }

        it.Span(row, 0, 1, 5, "总分");
        var totalWeight = doc.Say(doc.Quantity("总分值", 100m, "分"), 0, suffix: "");
        var totalValue = scoreRuns.Sum(r => doc.MentionOf(r).Value);
        var total = doc.Say(doc.Quantity("总得分", totalValue, "分", new Qualifiers(Scope: "self")), 2, suffix: "");
        doc.Relate("weight_sum", "sum", totalWeight, [.. weightRuns]);
        doc.Relate("score_total", "sum", total, [.. scoreRuns]);
        var gq = doc.GradeQuantity(totalValue, "自评等级");
        var grade = doc.SayGrade(gq);
        doc.Relate("grade", "grade", grade, total);
        it.Cell(row, 5, totalWeight).Cell(row, 6, total).Cell(row, 7, "自评等级：", grade);
        var table = it.Add();
        doc.Row(new ScoreRow(funds.Index, 3, ["资金执行", "执行率"], null, 10m, fundsWeight.Mention!,
            new Dictionary<string, ScoreCell> { ["self"] = new(doc.MentionOf(fundsScore).Value, fundsScore.Mention!) }, "执行率×分值", "linear"));
        foreach (var (spec, rw, rs, w, s, r) in rows)
        {
            doc.Row(new ScoreRow(table.Index, r, [spec.L1, spec.L2, spec.Name], null, w, rw.Mention!,
                new Dictionary<string, ScoreCell> { ["self"] = new(s, rs.Mention!) }, "实际完成值/年度指标值×分值", spec.AtMost ? "binary_at_most" : "linear"));
        }

        doc.Paragraph("自评结论：本项目自评得分", doc.Say(doc.MentionOf(total).Quantity, 2, suffix: "分"), "。");
        doc.Total(new StatedTotal("self", totalValue, total.Mention!, DocBuilder.GradeName(DocBuilder.GradeIndex(totalValue)), grade.Mention));
        return doc.Build(id, "project_form", "national-project", who.Department, who.Region, who.Year, title);
    }
}
