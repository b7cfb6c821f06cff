using Extraction.Generator.Build;
using Extraction.Generator.Frameworks;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>Third-party 绩效评价报告 of one project: section results in the text (满分/得分/得分率), a score table with 小计
/// rows (never added into the total), the total and grade in the text.</summary>
public static class Evaluation
{
    public static GenDocument Compose(DocBuilder doc, Identity who, Framework framework, string id)
    {
        var d = doc.Draw;
        var title = $"{who.Year}年度{who.Project}项目绩效评价报告";
        doc.Heading(0, title);
        doc.Paragraph($"受{who.Bureau}委托，{who.Evaluator}对{who.Department}实施的{who.Project}项目开展了绩效评价。");
        doc.Heading(1, "一、项目基本情况");
        var budget = BudgetNarrative.Compose(doc, who, table: d.Chance(0.5), quarters: false, formula: d.Chance(0.6));
        var leaves = LeafDrawer.Draw(doc, framework, ["evaluator"], new Dictionary<string, string> { ["execution"] = budget.Rate });
        doc.Heading(1, "二、评价结论");
        var table = ScoreTableComposer.Compose(doc, framework, leaves, [("evaluator", d.Pick<string>(["评价得分", "得分"]))],
            d.Pick<string>(["绩效评价指标体系及评分表", "附件：评分结果表", "表3 评价得分情况"]), subtotals: true,
            gradeRow: false, noteHeader: "评分依据", integersBare: d.Chance(0.3));
        Conclusion.Compose(doc, table.Totals["evaluator"], "该项目", "评价");
        doc.Heading(1, "三、各部分评价得分情况");
        SectionResults.Compose(doc, table, "evaluator", rates: true, headings: d.Chance(0.6));
        var total = doc.MentionOf(table.Totals["evaluator"]).Value;
        doc.Total(new StatedTotal("evaluator", total, table.Totals["evaluator"].Mention!, DocBuilder.GradeName(DocBuilder.GradeIndex(total)), null));
        return doc.Build(id, "evaluation", framework.Name, who.Department, who.Region, who.Year, title);
    }
}
