using Extraction.Generator.Build;
using Extraction.Generator.Frameworks;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>自评核查报告: the commission, the department's budget figures with the verifier's formula, the self and verified
/// totals and grades in the text, and a score table with 分值/自评得分/核查得分/核查说明 (the verifier's arithmetic in the
/// notes: actual values the rule re-scores from).</summary>
public static class Verification
{
    public static GenDocument Compose(DocBuilder doc, Identity who, Framework framework, string id)
    {
        var d = doc.Draw;
        var title = $"{who.Department}{who.Year}年度部门整体支出绩效自评核查报告";
        doc.Heading(0, title);
        doc.Paragraph($"受{who.Bureau}委托，{who.Evaluator}对{who.Department}{who.Year}年度部门整体支出绩效自评情况进行了核查。现将核查情况报告如下。");
        doc.Heading(1, "一、核查对象基本情况");
        var budget = BudgetNarrative.Compose(doc, who, table: d.Chance(0.5), quarters: d.Chance(0.3), formula: true);
        var leaves = LeafDrawer.Draw(doc, framework, ["self", "verified"], new Dictionary<string, string> { ["execution"] = budget.Rate });
        doc.Heading(1, "二、核查评分情况");
        var table = ScoreTableComposer.Compose(doc, framework, leaves, [("self", "自评得分"), ("verified", "核查得分")],
            d.Pick<string>(["核查评分表", $"{who.Department}部门整体支出绩效自评核查评分表", "附表 核查得分明细"]), subtotals: false,
            gradeRow: d.Chance(0.5), noteHeader: d.Pick<string>(["核查说明", "核查评分说明", "审核说明"]), integersBare: d.Chance(0.5));
        doc.Heading(1, "三、核查结论");
        var self = doc.MentionOf(table.Totals["self"]);
        var verified = doc.MentionOf(table.Totals["verified"]);
        var rs = doc.Say(self.Quantity, 2, suffix: "分");
        var rv = doc.Say(verified.Quantity, 2, suffix: "分");
        var gs = doc.SayGrade(doc.GradeQuantity(self.Value, "自评等级"));
        var gv = doc.SayGrade(doc.GradeQuantity(verified.Value, "核查等级"));
        doc.Relate("grade", "grade", gs, rs);
        doc.Relate("grade", "grade", gv, rv);
        doc.Paragraph($"{who.Department}自评得分", rs, "，自评等级为“", gs, "”；经核查，核查得分", rv, "，核查等级为“", gv, "”。");
        if (self.Value != verified.Value)
        {
            var diff = doc.Quantity("核减分数", self.Value - verified.Value, "分");
            var rd = doc.Say(diff, 2, suffix: "分");
            var rs2 = doc.Say(self.Quantity, 2, suffix: "分", formula: true);
            var rv2 = doc.Say(verified.Quantity, 2, suffix: "分", formula: true);
            doc.Relate("formula", "difference", rd, rs2, rv2);
            doc.Note("注：核减分数=自评得分-核查得分=", rs2, "-", rv2, "=", rd, "。");
        }

        doc.Total(new StatedTotal("self", self.Value, table.Totals["self"].Mention!, DocBuilder.GradeName(DocBuilder.GradeIndex(self.Value)), gs.Mention));
        doc.Total(new StatedTotal("verified", verified.Value, table.Totals["verified"].Mention!, DocBuilder.GradeName(DocBuilder.GradeIndex(verified.Value)), gv.Mention));
        return doc.Build(id, "verification", framework.Name, who.Department, who.Region, who.Year, title);
    }
}
