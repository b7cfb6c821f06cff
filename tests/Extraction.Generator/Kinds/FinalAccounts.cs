using System.Globalization;
using Extraction.Generator.Build;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>部门决算 excerpt: a 类/款/项 expenditure table in 元 (类 = Σ款 = Σ项, 合计 = Σ类) and the itemised narrative in
/// 万元 ("…（项）决算数为126.40万元，比年初预算增加…，增长2.15%"): the same subject in two units, change rates.</summary>
public static class FinalAccounts
{
    private static readonly (string Code, string Name, (string Code, string Name, string[] Items)[] Kuan)[] Chart =
    [
        ("201", "一般公共服务支出", [("01", "人大事务", ["行政运行", "一般行政管理事务"]), ("03", "政府办公厅（室）及相关机构事务", ["行政运行", "机关服务"])]),
        ("205", "教育支出", [("01", "教育管理事务", ["行政运行"]), ("02", "普通教育", ["小学教育", "初中教育", "高中教育"])]),
        ("208", "社会保障和就业支出", [("05", "行政事业单位养老支出", ["机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出"])]),
        ("210", "卫生健康支出", [("04", "公共卫生", ["基本公共卫生服务", "重大公共卫生服务"]), ("11", "行政事业单位医疗", ["行政单位医疗", "事业单位医疗"])]),
        ("213", "农林水支出", [("01", "农业农村", ["行政运行", "农业生产发展"]), ("03", "水利", ["水利工程运行与维护"])]),
    ];

    public static GenDocument Compose(DocBuilder doc, Identity who, string id)
    {
        var d = doc.Draw;
        var title = $"{who.Department}{who.Year}年度部门决算";
        doc.Heading(0, title);
        doc.Heading(1, "一、一般公共预算财政拨款支出决算情况");
        var t = doc.Table("accounts", d.Pick<string>(["一般公共预算财政拨款支出决算表（单位：元）", "财政拨款支出决算明细表 单位：元"]), 4, 1);
        t.Line(0, "科目编码", "科目名称", "年初预算数", "决算数");
        var row = 2;
        var leiBudget = new List<Run>();
        var leiSpent = new List<Run>();
        var items = new List<(string Name, string Code, decimal Budget, decimal Spent, Run CellBudget, Run CellSpent)>();
        foreach (var lei in d.Sample(Chart, d.Int(2, 4)).OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            var leiRow = row++;
            var kuanBudget = new List<Run>();
            var kuanSpent = new List<Run>();
            var leiBudgetValue = 0m;
            var leiSpentValue = 0m;
            foreach (var kuan in lei.Kuan)
            {
                var kuanRow = row++;
                var xBudget = new List<Run>();
                var xSpent = new List<Run>();
                var kb = 0m;
                var ks = 0m;
                foreach (var (item, i) in kuan.Items.Select((x, i) => (x, i)))
                {
                    var code = lei.Code + kuan.Code + (i + 1).ToString("00", CultureInfo.InvariantCulture);
                    var b = d.Dec(100_000m, 9_000_000m, 2);
                    var s = Numbers.Round(b * d.Dec(0.8m, 1.15m, 4), 2);
                    var qb = doc.Quantity("年初预算数", b, "元", new Qualifiers(Category: code + item));
                    var qs = doc.Quantity("决算数", s, "元", new Qualifiers(Category: code + item));
                    var rb = doc.Say(qb, 2, suffix: "", thousands: true);
                    var rs = doc.Say(qs, 2, suffix: "", thousands: true);
                    xBudget.Add(rb);
                    xSpent.Add(rs);
                    t.Line(row, code, "    " + item, rb, rs);
                    items.Add((item, code, b, s, rb, rs));
                    kb += b;
                    ks += s;
                    row++;
                }

                var kbr = doc.Say(doc.Quantity("年初预算数", kb, "元", new Qualifiers(Category: lei.Code + kuan.Code)), 2, suffix: "", thousands: true);
                var ksr = doc.Say(doc.Quantity("决算数", ks, "元", new Qualifiers(Category: lei.Code + kuan.Code)), 2, suffix: "", thousands: true);
                doc.Relate("sum", "sum", kbr, [.. xBudget]);
                doc.Relate("sum", "sum", ksr, [.. xSpent]);
                t.Line(kuanRow, lei.Code + kuan.Code, "  " + kuan.Name, kbr, ksr);
                kuanBudget.Add(kbr);
                kuanSpent.Add(ksr);
                leiBudgetValue += kb;
                leiSpentValue += ks;
            }

            var lbr = doc.Say(doc.Quantity("年初预算数", leiBudgetValue, "元", new Qualifiers(Category: lei.Code)), 2, suffix: "", thousands: true);
            var lsr = doc.Say(doc.Quantity("决算数", leiSpentValue, "元", new Qualifiers(Category: lei.Code)), 2, suffix: "", thousands: true);
            doc.Relate("sum", "sum", lbr, [.. kuanBudget]);
            doc.Relate("sum", "sum", lsr, [.. kuanSpent]);
            t.Line(leiRow, lei.Code, lei.Name, lbr, lsr);
            leiBudget.Add(lbr);
            leiSpent.Add(lsr);
        }

        var totalBudget = doc.Say(doc.Quantity("年初预算数", leiBudget.Sum(r => doc.MentionOf(r).Value), "元", new Qualifiers(Category: "合计")), 2, suffix: "", thousands: true);
        var totalSpent = doc.Say(doc.Quantity("决算数", leiSpent.Sum(r => doc.MentionOf(r).Value), "元", new Qualifiers(Category: "合计")), 2, suffix: "", thousands: true);
        doc.Relate("sum", "sum", totalBudget, [.. leiBudget]);
        doc.Relate("sum", "sum", totalSpent, [.. leiSpent]);
        t.Span(1, 0, 1, 2, "合计").Cell(1, 2, totalBudget).Cell(1, 3, totalSpent);
        t.Add();

        doc.Heading(1, "二、主要支出项目情况");
        var n = 1;
        foreach (var (name, code, b, s, cb, cs) in d.Sample(items, Math.Min(items.Count, d.Int(3, 5))).OrderBy(x => x.Code, StringComparer.Ordinal))
        {
            var spent = doc.Say(doc.MentionOf(cs).Quantity, 2, "万元");
            var budget = doc.Say(doc.MentionOf(cb).Quantity, 2, "万元");
            var up = s >= b;
            var diff = doc.Say(doc.Quantity("决算预算差额", Math.Abs(s - b), "元", new Qualifiers(Category: code + name)), 2, "万元");
            var rate = doc.Say(doc.Quantity("决算预算变动率", Math.Abs(s - b) / b * 100m, "%", new Qualifiers(Category: code + name)), 2);
            doc.Relate("sum", up ? "difference" : "difference_down", diff, spent, budget);
            doc.Relate("change_rate", up ? "change" : "change_down", rate, spent, budget);
            doc.Paragraph($"{n}. {name}（项）", d.Pick<string>(["决算数为", "支出决算", "年度决算数"]), spent, "，年初预算", budget, up ? "，比年初预算增加" : "，比年初预算减少", diff,
                up ? "，增长" : "，下降", rate, "，主要原因是", d.Pick<string>(["人员变动", "项目进度调整", "政策性增支", "厉行节约"]), "。");
            n++;
        }

        return doc.Build(id, "final_accounts", "subject-codes", who.Department, who.Region, who.Year, title);
    }
}
