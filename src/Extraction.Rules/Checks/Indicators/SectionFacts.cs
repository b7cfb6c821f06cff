using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>Section statements read from the fact table, whatever their wording: a heading or sentence that states a
/// weight (scope 分值) and a score (scope 得分) in 分 for one measure — "（四）部门效益指标（满分26分，得分13.40分）" —, with
/// its score rate (a 得分率 in %) in the same block or, under a heading, in the paragraph right below it ("得分率90.00%。").
/// A block that states two weights or two scores for its measure is not read (two sections in one sentence).</summary>
internal static partial class SectionFacts
{
    private const string Rate = "得分率";

    public static IReadOnlyList<SectionStatement> Of(IReadOnlyList<Fact> facts)
    {
        var byBlock = facts.Where(f => f.Origin is "heading" or "text" && f.Category is not ("阈值" or "算式")).GroupBy(f => f.Block).ToDictionary(g => g.Key, g => g.ToArray());
        var found = new List<SectionStatement>();
        foreach (var (block, own) in byBlock.OrderBy(p => p.Key))
        {
            foreach (var measure in own.Where(f => Points(f) && f.Measure.Length >= 2).Select(f => f.Measure).Distinct())
            {
                var weights = own.Where(f => Points(f) && f.Measure == measure && f.Scope == "分值").ToArray();
                var scores = own.Where(f => Points(f) && f.Measure == measure && f.Scope == "得分").ToArray();
                if (weights.Length > 1 || scores.Length > 1 || weights.Length + scores.Length < 2)
                {
                    continue;
                }

                // The rate printed after the score in its sentence, before any other section's points.
                var last = weights.Concat(scores).MaxBy(f => f.Start)!;
                var next = own.Where(f => Points(f) && f.Sentence == last.Sentence && f.Start > last.Start).Select(f => f.Start).DefaultIfEmpty(int.MaxValue).Min();
                var rate = own.FirstOrDefault(f => IsRate(f) && f.Sentence == last.Sentence && f.Start > last.Start && f.Start < next);
                if (rate is null && HeadingLike(own[0]) && byBlock.TryGetValue(block + 1, out var below)
                    && below[0].Origin == "text" && below[0].Section == own[0].Section && !below.Any(Points))
                {
                    rate = below.FirstOrDefault(IsRate);
                }

                var section = Name(weights.Concat(scores).Select(f => f.Label).FirstOrDefault(l => l.Contains(measure, StringComparison.Ordinal)) ?? measure);
                found.Add(new SectionStatement(section, null, null, Number(weights[0]), Number(scores[0]), rate is null ? null : Number(rate), scores[0].Evidence) { Block = block, SelfHeld = true });
            }
        }

        return found;
    }

    /// <summary>The section's name as printed in the label ("一)预算管理指标(满分" → 预算管理): the measure alone may have lost a
    /// scope word (预算) to the key.</summary>
    private static string Name(string label)
    {
        var name = Enumerator().Replace(label, string.Empty);
        var cut = NameEnd().Match(name);
        name = (cut.Success && cut.Index > 0 ? name[..cut.Index] : name).Trim();
        return name;
    }

    [GeneratedRegex(@"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*")]
    private static partial Regex Enumerator();

    [GeneratedRegex("类?指标|[(（，,：:“”\"']|部分|满分|分值|权重|总分|得分")]
    private static partial Regex NameEnd();

    /// <summary>A heading, or a short line without a full stop (PDF readers do not always mark headings).</summary>
    private static bool HeadingLike(Fact f) =>
        f.Origin == "heading" || (f.Evidence.Quote.Length <= 40 && !f.Evidence.Quote.Contains('。', StringComparison.Ordinal));

    private static bool Points(Fact f) => f.Unit == "分";

    private static bool IsRate(Fact f) => f.Unit == "%" && (f.Measure.Contains(Rate, StringComparison.Ordinal) || f.Label.Contains(Rate, StringComparison.Ordinal));

    private static PrintedNumber Number(Fact f) => new(f.Value, f.Decimals, f.Value.ToString("F" + f.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
