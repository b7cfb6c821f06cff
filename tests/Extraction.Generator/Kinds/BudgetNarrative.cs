using Extraction.Generator.Build;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>The budget and execution part of a department report: sentences drawn from several templates (so one amount is
/// said in 万元 here and in 元 there, as 预算执行率 here and 执行进度 there), a budget table, and the relations between them:
/// parts and totals, shares, execution rate, change over last year, quarterly average, a printed formula.</summary>
public static class BudgetNarrative
{
    public static BudgetFigures Compose(DocBuilder doc, Identity who, bool table, bool quarters, bool formula)
    {
        var d = doc.Draw;
        var year = who.Year;
        var basicYuan = d.Dec(2_000_000m, 40_000_000m, 2);
        var projectYuan = d.Dec(1_000_000m, 60_000_000m, 2);
        var initialYuan = basicYuan + projectYuan;
        var p = new Qualifiers(Period: year.ToString(System.Globalization.CultureInfo.InvariantCulture), Entity: who.Department);
        var initial = doc.Quantity("年初预算数", initialYuan, "元", p);
        var basic = doc.Quantity("年初预算数", basicYuan, "元", p with { Category = "基本支出" });
        var project = doc.Quantity("年初预算数", projectYuan, "元", p with { Category = "项目支出" });
        var adjustedBasic = basicYuan + d.Dec(0m, basicYuan * 0.1m, 2);
        var adjustedProject = projectYuan + d.Dec(-projectYuan * 0.05m, projectYuan * 0.2m, 2);
        var adjustedYuan = adjustedBasic + adjustedProject;
        var adjusted = doc.Quantity("全年预算数", adjustedYuan, "元", p);
        var spentBasic = Numbers.Round(adjustedBasic * d.Dec(0.93m, 1m, 4), 2);
        var spentProject = Numbers.Round(adjustedProject * d.Dec(0.7m, 1m, 4), 2);
        var spentYuan = spentBasic + spentProject;
        var spent = doc.Quantity("全年执行数", spentYuan, "元", p);
        var rate = doc.Quantity("预算执行率", spentYuan / adjustedYuan * 100m, "%", p);
        var lastYuan = Numbers.Round(spentYuan * d.Dec(0.75m, 1.2m, 4), 2);
        var last = doc.Quantity("全年执行数", lastYuan, "元", p with { Period = (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        // Sentence 1: initial budget and its parts, with shares now and then.
        var unitA = d.Pick<string>(["万元", "万元", "元"]);
        var decA = unitA == "元" ? 2 : 2;
        var thousands = unitA == "元";
        var ti = doc.Say(initial, decA, unitA, thousands: thousands);
        var tb = doc.Say(basic, decA, unitA, thousands: thousands);
        var tp = doc.Say(project, decA, unitA, thousands: thousands);
        doc.Relate("sum", "sum", ti, tb, tp);
        if (d.Chance(0.5))
        {
            var sb = doc.Quantity("基本支出占比", basicYuan / initialYuan * 100m, "%", p with { Category = "基本支出" });
            var sp = doc.Quantity("项目支出占比", projectYuan / initialYuan * 100m, "%", p with { Category = "项目支出" });
            var rsb = doc.Say(sb, 2);
            var rsp = doc.Say(sp, 2);
            doc.Relate("share", "ratio", rsb, tb, ti);
            doc.Relate("share", "ratio", rsp, tp, ti);
            doc.Paragraph(d.Pick<string>([$"{year}年度部门预算收入", $"{year}年，{who.Department}年初预算数为", "本年度年初预算安排"]), ti,
                "，按支出性质分，基本支出", tb, "，占", rsb, "；项目支出", tp, "，占", rsp, "。");
        }
        else
        {
            doc.Paragraph(d.Pick<string>([$"{year}年度，{who.Department}年初预算数为", $"{who.Department}{year}年年初预算", "本年度部门年初预算总额"]), ti,
                "，其中：基本支出", tb, d.Pick<string>(["，项目支出", "、项目支出"]), tp, "。");
        }

        // Sentence 2: adjusted budget, spending and the execution rate (sometimes as a printed formula).
        var unitB = d.Pick<string>(["万元", "元", "万元"]);
        var ta = doc.Say(adjusted, 2, unitB, thousands: unitB == "元");
        var ts = doc.Say(spent, 2, unitB, thousands: unitB == "元");
        var tr = doc.Say(rate, 2);
        doc.Relate("rate", "ratio", tr, ts, ta);
        var rateWord = d.Pick<string>(["预算执行率", "预算执行率", "资金执行率"]);
        doc.Paragraph(d.Pick<string>(["全年调整后预算数", "年中追加调整后，全年预算数为", "全年预算数"]), ta, d.Pick<string>(["，实际支出", "，全年执行数", "，累计支出"]), ts,
            $"，{rateWord}", tr, "。");
        if (formula)
        {
            var fs = doc.Say(spent, 2, "万元", suffix: "", formula: true);
            var fa = doc.Say(adjusted, 2, "万元", suffix: "", formula: true);
            var fr = doc.Say(rate, 2, formula: true);
            doc.Relate("formula", "ratio", fr, fs, fa);
            doc.Paragraph($"{rateWord}=全年执行数÷全年预算数×100%=", fs, "÷", fa, "×100%=", fr, "。");
        }

        // Sentence 3: change over last year.
        var unitC = d.Pick<string>(["万元", "元"]);
        var tl = doc.Say(last, 2, unitC, thousands: unitC == "元");
        var ts2 = doc.Say(spent, 2, unitC, thousands: unitC == "元");
        var change = doc.Quantity("支出变动率", Math.Abs(spentYuan - lastYuan) / lastYuan * 100m, "%", p);
        var diff = doc.Quantity("支出变动额", Math.Abs(spentYuan - lastYuan), "元", p);
        var up = spentYuan >= lastYuan;
        var tcAbs = doc.Say(change, 2);
        doc.Relate("change_rate", up ? "change" : "change_down", tcAbs, ts2, tl);
        var td = doc.Say(diff, 2, unitC, thousands: unitC == "元");
        doc.Relate("sum", up ? "difference" : "difference_down", td, ts2, tl);
        doc.Paragraph(d.Pick<string>(["与上年相比，", "同上年度比较，", ""]), "本年支出", ts2, d.Pick<string>(["，上年支出", "，上年同期为"]), tl,
            up ? "，增加" : "，减少", td, up ? "，增长" : "，下降", tcAbs, "。");

        if (quarters)
        {
            var qs = new List<Run>();
            var cumulative = d.Dec(15m, 35m, 2);
            var qv = new List<decimal>();
            for (var i = 0; i < 4; i++)
            {
                qv.Add(cumulative);
                cumulative = Math.Min(100m, cumulative + d.Dec(12m, 30m, 2));
            }

            var names = new[] { "一季度", "二季度", "三季度", "四季度" };
            for (var i = 0; i < 4; i++)
            {
                qs.Add(doc.Say(doc.Quantity("预算执行率", qv[i], "%", p with { Period = $"{year}Q{i + 1}" }), 2));
            }

            var avg = doc.Quantity("平均执行率", qv.Average(), "%", p);
            var ta2 = doc.Say(avg, 2);
            doc.Relate("average", "mean", ta2, [.. qs]);
            doc.Paragraph("一至四季度累计", d.Pick<string>(["预算执行率", "执行进度"]), "分别为", qs[0], "、", qs[1], "、", qs[2], "和", qs[3],
                d.Pick<string>(["，季度平均执行率", "，平均执行进度为", "，四个季度平均为"]), ta2, "。");
        }

        if (!table)
        {
            return new BudgetFigures(initial, basic, project, adjusted, spent, rate, last);
        }

        // The budget table: 万元 with parts and totals per column and a rate per row.
        var t = doc.Table("budget", d.Pick<string>(["表1 部门预算执行情况表（单位：万元）", "预算执行情况（万元）", "表1 收支预算执行情况"]), 5, 1);
        t.Line(0, "项目", "年初预算数", "全年预算数", "全年执行数", "执行率");
        var rows = new[]
        {
            ("基本支出", basicYuan, adjustedBasic, spentBasic),
            ("项目支出", projectYuan, adjustedProject, spentProject),
        };
        var columnRuns = new List<Run>[3] { [], [], [] };
        for (var r = 0; r < rows.Length; r++)
        {
            var (name, a, b, c) = rows[r];
            var qa = r == 0 ? basic : project;
            var qb = doc.Quantity("全年预算数", b, "元", p with { Category = name });
            var qc = doc.Quantity("全年执行数", c, "元", p with { Category = name });
            var ra = doc.Say(qa, 2, "万元", suffix: "");
            var rb = doc.Say(qb, 2, "万元", suffix: "");
            var rc = doc.Say(qc, 2, "万元", suffix: "");
            var rr = doc.Say(doc.Quantity("预算执行率", c / b * 100m, "%", p with { Category = name }), 2);
            doc.Relate("rate", "ratio", rr, rc, rb);
            columnRuns[0].Add(ra);
            columnRuns[1].Add(rb);
            columnRuns[2].Add(rc);
            t.Line(r + 1, name, ra, rb, rc, rr);
        }

        var totalA = doc.Say(initial, 2, "万元", suffix: "");
        var totalB = doc.Say(adjusted, 2, "万元", suffix: "");
        var totalC = doc.Say(spent, 2, "万元", suffix: "");
        var totalR = doc.Say(rate, 2);
        doc.Relate("sum", "sum", totalA, [.. columnRuns[0]]);
        doc.Relate("sum", "sum", totalB, [.. columnRuns[1]]);
        doc.Relate("sum", "sum", totalC, [.. columnRuns[2]]);
        doc.Relate("rate", "ratio", totalR, totalC, totalB);
        t.Line(3, "合计", totalA, totalB, totalC, totalR);
        t.Add();
        if (d.Chance(0.5))
        {
            doc.Note(d.Pick<string>(["注：金额单位为万元，合计执行率", "注：执行率=全年执行数÷全年预算数，合计为"]), doc.Say(rate, 2), "。");
        }
        return new BudgetFigures(initial, basic, project, adjusted, spent, rate, last) { TableSpent = totalC };
    }
}
