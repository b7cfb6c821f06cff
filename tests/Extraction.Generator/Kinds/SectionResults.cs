using Extraction.Generator.Build;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>Section results said in the text ("决策指标满分20分，得分18.50分，得分率92.50%"): the weight and the score are
/// sums of the section's printed leaves, the rate is their ratio.</summary>
public static class SectionResults
{
    private static readonly string[] Numerals = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"];

    /// <param name="headings">Each section as a heading carrying its 满分/得分 ("（一）决策指标（满分20分，得分18.50分）"),
    /// the rate in the paragraph under it; otherwise one paragraph for all sections.</param>
    public static void Compose(DocBuilder doc, ScoreTable table, string column, bool rates, bool headings = false)
    {
        var d = doc.Draw;
        var parts = new List<object>();
        foreach (var section in table.Rows.GroupBy(r => r.Leaf.SectionIndex))
        {
            var name = section.First().Leaf.Section.Name;
            var weightSum = section.Sum(r => r.Leaf.Weight);
            var scoreSum = section.Sum(r => doc.MentionOf(r.Scores[column]).Value);
            var qw = doc.Quantity(name + "分值", weightSum, "分", new Qualifiers(Category: name));
            var qs = doc.Quantity(name + "得分", scoreSum, "分", new Qualifiers(Scope: column, Category: name));
            var rw = doc.Say(qw, weightSum == decimal.Truncate(weightSum) ? 0 : 1, suffix: "分");
            var rs = doc.Say(qs, 2, suffix: "分");
            doc.Relate("subtotal", "sum", rs, [.. section.Select(r => r.Scores[column])]);
            if (headings)
            {
                doc.Heading(2, Numerals[section.Key % Numerals.Length], name, "指标（满分", rw, "，得分", rs, "）");
                var rr = doc.Say(doc.Quantity(name + "得分率", scoreSum / weightSum * 100m, "%", new Qualifiers(Scope: column, Category: name)), 2);
                doc.Relate("section_rate", "ratio", rr, rs, rw);
                doc.Paragraph(d.Pick<string>(["该部分得分率为", "得分率", "本部分指标得分率"]), rr, "。");
                continue;
            }

            parts.Add(parts.Count == 0 ? "" : "；");
            parts.Add(d.Pick<string>([$"{name}指标满分", $"{name}类指标分值", $"“{name}”部分满分"]));
            parts.Add(rw);
            parts.Add(d.Pick<string>(["，得分", "，实际得分", "，评价得分"]));
            parts.Add(rs);
            if (rates)
            {
                var rr = doc.Say(doc.Quantity(name + "得分率", scoreSum / weightSum * 100m, "%", new Qualifiers(Scope: column, Category: name)), 2);
                doc.Relate("section_rate", "ratio", rr, rs, rw);
                parts.Add("，得分率");
                parts.Add(rr);
            }
        }

        if (headings)
        {
            return;
        }

        parts.Add("。");
        doc.Paragraph([.. parts]);
    }
}
