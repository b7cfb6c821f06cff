using Extraction.Generator.Build;
using Extraction.Generator.Frameworks;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>部门整体支出绩效自评报告: basic facts, budget narrative and table, self-assessed results (total, grade, section
/// results), problems, and the score table of a drawn framework.</summary>
public static class SelfAssessment
{
    public static GenDocument Compose(DocBuilder doc, Identity who, Framework framework, string id)
    {
        var d = doc.Draw;
        var title = $"{who.Department}{who.Year}年度部门整体支出绩效自评报告";
        doc.Heading(0, title);
        doc.Heading(1, "一、部门基本情况");
        var staffIn = doc.Quantity("在职人数", d.Int(20, 400), "人");
        var staffOut = doc.Quantity("退休人数", d.Int(5, 150), "人");
        var staff = doc.Quantity("人员总数", doc.ValueOf(staffIn) + doc.ValueOf(staffOut), "人");
        var ri = doc.Say(staffIn, 0);
        var ro = doc.Say(staffOut, 0);
        var rt = doc.Say(staff, 0);
        doc.Relate("sum", "sum", rt, ri, ro);
        doc.Paragraph($"{who.Department}内设机构{d.Int(4, 15)}个。年末实有人员", rt, "，其中在职人员", ri, "，退休人员", ro, "。");
        doc.Heading(1, "二、部门预算及执行情况");
        var budget = BudgetNarrative.Compose(doc, who, table: d.Chance(0.7), quarters: d.Chance(0.6), formula: d.Chance(0.5));
        var leaves = LeafDrawer.Draw(doc, framework, ["self"], new Dictionary<string, string> { ["execution"] = budget.Rate });
        doc.Heading(1, "三、绩效自评评分情况");
        var table = ScoreTableComposer.Compose(doc, framework, leaves, [("self", framework.Headers["score"])],
            d.Pick<string>([$"{who.Year}年度部门整体支出绩效自评评分表", "附表：部门整体支出绩效评价指标评分表", "表2 绩效自评得分情况"]), subtotals: false,
            gradeRow: d.Chance(0.4), noteHeader: framework.Headers["note"], integersBare: d.Chance(0.5));
        doc.Heading(1, "四、自评结论");
        Conclusion.Compose(doc, table.Totals["self"], who.Department, "自评");
        SectionResults.Compose(doc, table, "self", rates: d.Chance(0.5));
        doc.Heading(1, "五、存在的问题及改进措施");
        doc.Paragraph(d.Pick<string>(["部分项目前期论证不够充分，预算执行进度不均衡。下一步将加强预算执行监控。", "绩效目标设置不够细化量化，个别指标难以衡量。将进一步完善绩效指标体系。"]));
        var totalScore = doc.MentionOf(table.Totals["self"]).Value;
        doc.Total(new StatedTotal("self", totalScore, table.Totals["self"].Mention!, DocBuilder.GradeName(DocBuilder.GradeIndex(totalScore)), null));
        return doc.Build(id, "department_self_assessment", framework.Name, who.Department, who.Region, who.Year, title);
    }
}
