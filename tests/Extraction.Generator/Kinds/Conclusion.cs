using Extraction.Generator.Build;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>The total and grade said in the text, in one of several wordings; the total is the same quantity as the
/// table's total (a group), the grade follows from it.</summary>
public static class Conclusion
{
    public static void Compose(DocBuilder doc, Run tableTotal, string who, string verb)
    {
        var d = doc.Draw;
        var totalMention = doc.MentionOf(tableTotal);
        var total = doc.Say(totalMention.Quantity, 2, suffix: d.Pick<string>(["分", "分"]));
        var g = doc.GradeQuantity(totalMention.Value, "等级");
        var grade = doc.SayGrade(g);
        doc.Relate("grade", "grade", grade, total);
        switch (d.Int(0, 2))
        {
            case 0:
                doc.Paragraph($"经{verb}，{who}", "综合得分为", total, "，评价等级为“", grade, "”。");
                break;
            case 1:
                doc.Paragraph($"{who}{verb}总得分", total, "，等级“", grade, "”。");
                break;
            default:
                doc.Paragraph($"综合各项指标，{who}{verb}得分", total, "，", verb, "等级为", grade, "。");
                break;
        }
    }
}
