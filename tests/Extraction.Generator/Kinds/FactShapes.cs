using System.Globalization;
using Extraction.Generator.Build;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>A department report built around the shapes of issue 13, each printed clean with near misses beside it: one
/// amount worded two ways in two sections (reworded), narrative amounts against a 万元 table (text_table) and against a
/// 元 table (unit), narrative counts against a table's cells (count_cell), a heading's amount against the sentence under
/// it (heading), items listed under a stated total (list_sum), a part of a whole (part_whole) and the detail table's
/// 合计 restated under the table's subject (table_total). Near misses: last
/// year's amount of the reworded item, the budget beside the spending, the target beside the achieved count, a table's
/// other column. <see cref="DocBuilder.Shape"/> marks the mentions a planted error of each shape may change.</summary>
public static class FactShapes
{
    public static readonly IReadOnlyList<string> Names = ["reworded", "text_table", "unit", "count_cell", "heading", "list_sum", "part_whole", "table_total"];

    // Two wordings of one expense: the first said in the spending section, the second in the 一般性支出 section.
    private static readonly (string First, string Second)[] Reworded =
    [
        ("差旅费", "因公出差费用"), ("会议费", "召开各类会议费用"), ("培训费", "干部教育培训经费"), ("公务接待费", "接待费用"),
        ("办公费", "日常办公费用"), ("印刷费", "资料印刷费用"), ("物业管理费", "物业服务费用"), ("邮电费", "通讯邮寄费用"),
        ("公务用车运行维护费", "公车运行费用"), ("维修（护）费", "房屋设备维修费用"),
    ];

    private static readonly string[] Items =
    [
        "水电费", "工会经费", "福利费", "劳务费", "委托业务费", "专用材料费", "咨询费", "租赁费", "取暖费", "手续费", "被装购置费",
        "专用燃料费", "其他交通费用", "税金及附加费用",
    ];

    private static readonly string[] Projects =
    [
        "智慧政务平台运维", "农村饮水安全巩固提升", "中小学校舍维修改造", "基层医疗机构能力提升", "高标准农田建设", "河道综合治理",
        "食品安全抽检", "职业技能培训补贴", "老旧小区改造", "公共文化服务体系建设", "城乡道路养护", "困难群众救助补助",
        "信息化运维", "档案数字化加工", "森林防火能力建设", "乡村公路安保工程",
    ];

    // Counted work: the words before the count in the text, its unit, the table's row name.
    private static readonly (string Text, string Unit, string Row)[] Counts =
    [
        ("举办宣讲活动", "场", "宣讲场次"), ("组织业务培训", "期", "培训期数"), ("累计培训", "人次", "培训人次"),
        ("开展监督检查", "次", "监督检查次数"), ("发放宣传资料", "份", "宣传资料发放数量"), ("走访企业", "家", "走访企业数"),
        ("受理群众来信来访", "件", "信访受理件数"), ("举办专题讲座", "场", "专题讲座场次"), ("完成抽检批次", "批次", "抽检批次"),
    ];

    // A whole and a part of it (其中), money or head counts.
    private static readonly (string Whole, string Part, string Unit)[] Parts =
    [
        ("政府采购预算总额", "面向中小企业预留采购份额", "万元"), ("固定资产原值", "房屋及构筑物", "万元"),
        ("财政拨款收入", "一般公共预算财政拨款收入", "万元"), ("年末实有人数", "在编人员", "人"), ("年末在职职工", "专业技术人员", "人"),
        ("国有资产总额", "流动资产", "万元"),
    ];

    private static readonly string[] Purposes = ["保障机关日常运转", "开展业务工作", "落实上级部署", "保障重点工作推进"];

    public static GenDocument Compose(DocBuilder doc, Identity who, string id)
    {
        var d = doc.Draw;
        var year = who.Year.ToString(CultureInfo.InvariantCulture);
        var last = (who.Year - 1).ToString(CultureInfo.InvariantCulture);
        var p = new Qualifiers(Period: year, Entity: who.Department);
        var items = d.Sample(Items, 7);
        var projects = d.Sample(Projects, 6);
        var title = $"{who.Department}{year}年度部门整体支出绩效自评报告";
        doc.Heading(0, title);

        doc.Heading(1, "一、部门基本情况");
        var part = d.Pick(Parts);
        doc.Paragraph($"{who.Department}内设机构{d.Int(4, 15)}个，主要职能是贯彻落实上级决策部署，承担本行业管理和公共服务职责。");

        doc.Heading(1, "二、部门支出情况");
        // list_sum: items under a stated total.
        var listValues = new[] { d.Dec(50_000m, 900_000m, 2), d.Dec(50_000m, 900_000m, 2), d.Dec(50_000m, 900_000m, 2) };
        var listTotal = doc.Say(doc.Quantity("商品和服务支出", listValues.Sum(), "元", p), 2, "万元");
        var listRuns = listValues.Select((v, i) => doc.Say(doc.Quantity(items[i], v, "元", p), 2, "万元")).ToArray();
        doc.Relate("list_sum", "sum", listTotal, listRuns);
        doc.Shape("list_sum", [listTotal, .. listRuns]);
        doc.Paragraph(d.Pick<string>([$"{year}年，本部门商品和服务支出", "全年商品和服务支出合计", "本年度商品和服务支出"]), listTotal,
            "，其中：", items[0], listRuns[0], "，", items[1], listRuns[1], "，", items[2], listRuns[2], "。");

        // reworded, first wording (the second comes in the last section), and last year's amount as a near miss.
        var (first, second) = d.Pick(Reworded);
        var rewordedYuan = d.Dec(30_000m, 800_000m, 2);
        var reworded = doc.Quantity(first, rewordedYuan, "元", p);
        var lastReworded = doc.Quantity(first, Numbers.Round(rewordedYuan * d.Dec(0.7m, 1.3m, 3), 2), "元", p with { Period = last });
        var r1 = doc.Say(reworded, 2, "万元");
        doc.Paragraph(d.Pick<string>([$"{year}年{first}支出", $"全年{first}", $"{first}全年支出"]), r1, $"，主要用于{d.Pick(Purposes)}。");

        // part_whole: a whole and one part of it (其中).
        var wholeValue = part.Unit == "人" ? d.Int(40, 400) : d.Dec(1_000_000m, 50_000_000m, 2);
        var partValue = part.Unit == "人" ? Math.Round(wholeValue * d.Dec(0.55m, 0.95m, 2), 0) : Numbers.Round(wholeValue * d.Dec(0.55m, 0.95m, 3), 2);
        var unit = part.Unit == "人" ? "人" : "元";
        var decimals = part.Unit == "人" ? 0 : 2;
        var whole = doc.Say(doc.Quantity(part.Whole, wholeValue, unit, p), decimals, part.Unit);
        var partRun = doc.Say(doc.Quantity(part.Part, partValue, unit, p), decimals, part.Unit);
        doc.Relate("part_whole", "le", partRun, whole);
        doc.Shape("part_whole", whole, partRun);
        doc.Paragraph($"截至{year}年底，{part.Whole}", whole, d.Pick<string>(["，其中", "，其中："]), part.Part, partRun, "。");

        // unit: narrative amounts in 万元 against a 元 table (with last year's column as a near miss).
        var unitItems = items.Skip(3).Take(4).ToList();
        var unitTitle = d.Pick<string>(["表1 一般性支出明细表（单位：元）", "部门支出明细表 单位：元"]);
        var unitTable = doc.Table("detail", unitTitle, 3, 1);
        unitTable.Line(0, "支出项目", $"{last}年决算数", $"{year}年决算数");
        var unitNow = new List<Run>();
        var unitLast = new List<Run>();
        var unitQuantities = new List<string>();
        for (var i = 0; i < unitItems.Count; i++)
        {
            var now = doc.Quantity(unitItems[i], d.Dec(20_000m, 600_000m, 2), "元", p);
            var before = doc.Quantity(unitItems[i], Numbers.Round(doc.ValueOf(now) * d.Dec(0.7m, 1.3m, 3), 2), "元", p with { Period = last });
            var rb = doc.Say(before, 2, suffix: "", thousands: true);
            var rn = doc.Say(now, 2, suffix: "", thousands: true);
            unitLast.Add(rb);
            unitNow.Add(rn);
            unitQuantities.Add(now);
            unitTable.Line(i + 1, unitItems[i], rb, rn);
        }

        var unitTotalLast = doc.Say(doc.Quantity("合计", unitLast.Sum(r => doc.MentionOf(r).Value), "元", p with { Period = last }), 2, suffix: "", thousands: true);
        var unitTotalNow = doc.Say(doc.Quantity("合计", unitNow.Sum(r => doc.MentionOf(r).Value), "元", p), 2, suffix: "", thousands: true);
        doc.Relate("sum", "sum", unitTotalLast, [.. unitLast]);
        doc.Relate("sum", "sum", unitTotalNow, [.. unitNow]);
        unitTable.Line(unitItems.Count + 1, "合计", unitTotalLast, unitTotalNow);
        var said = d.Sample(Enumerable.Range(0, unitItems.Count).ToList(), 2).Order().ToList();
        var u1 = doc.Say(unitQuantities[said[0]], 2, "万元");
        var u2 = doc.Say(unitQuantities[said[1]], 2, "万元");
        doc.Shape("unit", u1, u2);
        doc.Paragraph(d.Pick<string>(["本年", $"{year}年"]), unitItems[said[0]], d.Pick<string>(["支出", "", "决算"]), u1, "，", unitItems[said[1]],
            d.Pick<string>(["支出", "", "决算"]), u2, "，均控制在预算以内。");
        unitTable.Add();

        doc.Heading(1, "三、主要工作完成情况");
        var counts = d.Sample(Counts, d.Int(3, 4));
        var countTable = doc.Table("goals", d.Pick<string>(["表2 主要绩效指标完成情况", "年度绩效指标完成情况表"]), 3, 1);
        countTable.Line(0, "指标名称", "年度目标值", "实际完成值");
        var countParts = new List<object> { d.Pick<string>(["全年", $"{year}年", "本年度"]) };
        for (var i = 0; i < counts.Count; i++)
        {
            var (text, cu, row) = counts[i];
            var done = (decimal)d.Int(cu is "人次" or "份" ? 200 : 12, cu is "人次" or "份" ? 9000 : 480);
            var target = Math.Max(1m, Math.Round(done * d.Dec(0.8m, 0.97m, 2), 0));
            if (target == done)
            {
                target = done - 1;
            }

            var qd = doc.Quantity(row, done, cu, p with { Scope = "实际" });
            var qt = doc.Quantity(row, target, cu, p with { Scope = "目标" });
            var said1 = doc.Say(qd, 0);
            doc.Shape("count_cell", said1);
            countParts.AddRange([i == 0 ? "" : "，", text, said1]);
            countTable.Line(i + 1, $"{row}（{cu}）", doc.Say(qt, 0, suffix: ""), doc.Say(qd, 0, suffix: ""));
        }

        countParts.Add("，均完成年度目标。");
        doc.Paragraph([.. countParts]);
        countTable.Add();

        doc.Heading(1, "四、项目支出情况");
        var projectTable = doc.Table("detail", d.Pick<string>(["表3 项目支出执行情况表（单位：万元）", "项目支出情况（万元）"]), 4, 1);
        projectTable.Line(0, "项目名称", "预算数", "执行数", "执行率");
        var tableProjects = projects.Take(3).ToList();
        var planned = new List<string>();
        var spentQ = new List<string>();
        for (var i = 0; i < tableProjects.Count; i++)
        {
            var b = d.Dec(300_000m, 9_000_000m, 2);
            var s = Numbers.Round(b * d.Dec(0.75m, 0.99m, 3), 2);
            var qb = doc.Quantity(tableProjects[i], b, "元", p with { Scope = "预算" });
            var qs = doc.Quantity(tableProjects[i], s, "元", p with { Scope = "执行" });
            var rb = doc.Say(qb, 2, "万元", suffix: "");
            var rs = doc.Say(qs, 2, "万元", suffix: "");
            var rr = doc.Say(doc.Quantity("执行率", s / b * 100m, "%", p with { Category = tableProjects[i] }), 2);
            doc.Relate("rate", "ratio", rr, rs, rb);
            projectTable.Line(i + 1, tableProjects[i], rb, rs, rr);
            planned.Add(qb);
            spentQ.Add(qs);
        }

        var t1b = doc.Say(planned[0], 2, "万元");
        var t1s = doc.Say(spentQ[0], 2, "万元");
        var t2s = doc.Say(spentQ[1], 2, "万元");
        doc.Shape("text_table", t1b, t1s, t2s);
        doc.Paragraph(tableProjects[0], d.Pick<string>(["项目预算", "项目年度预算"]), t1b, d.Pick<string>(["，实际执行", "，全年执行"]), t1s, "；",
            tableProjects[1], d.Pick<string>(["项目执行", "项目全年支出"]), t2s, "。");
        projectTable.Add();

        doc.Heading(1, "五、重点项目实施情况");
        var marks = new[] { "（一）", "（二）", "（三）" };
        var headed = projects.Skip(3).Take(d.Int(2, 3)).ToList();
        for (var i = 0; i < headed.Count; i++)
        {
            var q = doc.Quantity(headed[i], d.Dec(100_000m, 3_000_000m, 2), "元", p with { Scope = "执行" });
            var h = doc.Say(q, 2, "万元");
            doc.Heading(2, marks[i], headed[i], d.Pick<string>(["（项）", "项目", ""]), h);
            var s = doc.Say(q, 2, "万元");
            doc.Shape("heading", h, s);
            doc.Paragraph(d.Pick<string>(["该项目全年支出", "项目年度支出", $"{headed[i]}项目全年支出"]), s, $"，主要用于{d.Pick(Purposes)}，项目按计划推进。");
        }

        doc.Heading(1, "六、一般性支出管控情况");
        var r2 = doc.Say(reworded, 2, "万元");
        doc.Shape("reworded", r1, r2);
        if (d.Chance(0.5))
        {
            doc.Paragraph(d.Pick<string>(["经统计，", "本年度", ""]), second, d.Pick<string>(["实际发生", "共计", "为"]), r2, "，上年为", doc.Say(lastReworded, 2, "万元"), "，厉行节约要求得到落实。");
        }
        else
        {
            doc.Paragraph(d.Pick<string>(["经统计，", "本年度", ""]), second, d.Pick<string>(["实际发生", "共计", "为"]), r2, "，厉行节约要求得到落实。");
        }

        // table_total: the detail table's total restated in the text under the table's own subject (drawn last, so the
        // documents above are those of the seven-shape set).
        var subject = unitTitle.Contains("一般性支出", StringComparison.Ordinal) ? "一般性支出" : "部门支出";
        var restated = doc.Say(doc.MentionOf(unitTotalNow).Quantity, 2, "万元");
        doc.Shape("table_total", restated);
        doc.Paragraph(d.Pick<string>([$"{year}年{subject}合计", $"{year}年度{subject}共计", $"截至{year}年底，{subject}合计"]), restated,
            d.Pick<string>(["，详见表1。", "，较好完成了年度预算。", "。"]));

        return doc.Build(id, "fact_shapes", "none", who.Department, who.Region, who.Year, title);
    }
}
