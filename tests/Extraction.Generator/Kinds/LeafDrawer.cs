using Extraction.Generator.Build;
using Extraction.Generator.Frameworks;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>Draws the leaves of a framework: section weights summing to 100, leaf weights summing to their section,
/// actual values, the criterion text of the rule, and the score the rule gives (rounded half-up to 2 places).
/// A verification column re-scores qualitative leaves and sometimes one deduction differently.</summary>
public static class LeafDrawer
{
    public static IReadOnlyList<Leaf> Draw(DocBuilder doc, Framework framework, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string>? bound = null, int? totalWeight = null)
    {
        var d = doc.Draw;
        var total = totalWeight ?? 100;
        var sectionWeights = framework.Sections.Select(s => (decimal)d.Int(s.MinWeight, s.MaxWeight)).ToList();
        sectionWeights[^1] += total - sectionWeights.Sum();
        var leaves = new List<Leaf>();
        for (var s = 0; s < framework.Sections.Count; s++)
        {
            var section = framework.Sections[s];
            var keys = section.Groups.SelectMany((g, gi) => g.Leaves.Select(k => (g.Name, gi, k))).ToList();
            var weights = d.Split(sectionWeights[s], keys.Count, d.Chance(0.3) ? 0.5m : 1m);
            var perGroup = new Dictionary<int, int>();
            for (var i = 0; i < keys.Count; i++)
            {
                var (group, gi, key) = keys[i];
                var template = Leaves.All[key];
                var leafIndex = perGroup[gi] = perGroup.GetValueOrDefault(gi, -1) + 1;
                var name = template.Names[framework.NameVariant % template.Names.Count];
                leaves.Add(Make(doc, section, s, group, gi, leafIndex, name, template, weights[i], columns, bound?.GetValueOrDefault(key)));
            }
        }

        return leaves;
    }

    /// <param name="bound">A quantity the narrative already states for this leaf (the execution rate): the leaf scores from it.</param>
    private static Leaf Make(DocBuilder doc, Section section, int s, string group, int gi, int li, string name, LeafTemplate t, decimal w, IReadOnlyList<string> columns, string? bound)
    {
        var d = doc.Draw;
        string? actual = null;
        ScoreRule? rule = null;
        string criteria;
        decimal score;
        var wt = Numbers.Format(w, w == decimal.Truncate(w) ? 0 : 1, false);
        switch (t.Shape)
        {
            case "linear":
                var a = bound is not null ? doc.ValueOf(bound) : d.Chance(0.2) ? 100m : d.Dec(t.Min, t.Max, 2);
                actual = bound ?? doc.Quantity(name, a, "%");
                rule = new ScoreRule("linear", w) { Target = 100 };
                criteria = d.Pick<string>([$"得分={name}×{wt}分", $"按{name}计分，得分={name}×分值", $"{name}达到100%得{wt}分，未达到的按实际比例计分", $"以100%为满分标准，得分=实际完成率×{wt}分"]);
                score = Numbers.Round(Math.Min(a, 100m) / 100m * w, 2);
                break;
            case "bands":
                var b = d.Dec(t.Min, t.Max, 2);
                actual = doc.Quantity(name, b, "%");
                rule = new ScoreRule("bands", w) { Bands = [(95m, 1m), (90m, 0.8m), (80m, 0.6m), (0m, 0.4m)] };
                string Band(decimal share) => Numbers.Format(w * share, (w * share) == decimal.Truncate(w * share) ? 0 : 2, false);
                criteria = d.Chance(0.5)
                    ? $"{name}≥95%得{Band(1m)}分；90%（含）-95%得{Band(0.8m)}分；80%（含）-90%得{Band(0.6m)}分；80%以下得{Band(0.4m)}分"
                    : $"达到95%及以上的得满分{wt}分，90%-95%（含90%）得{Band(0.8m)}分，80%-90%（含80%）得{Band(0.6m)}分，低于80%得{Band(0.4m)}分";
                score = Numbers.Round(rule.Bands.First(x => b >= x.From).Share * w, 2);
                break;
            case "binary_at_most":
                var c = d.Chance(0.75) ? d.Dec(t.Min, 100m, 2) : d.Dec(100.01m, t.Max, 2);
                actual = doc.Quantity(name, c, "%");
                rule = new ScoreRule("binary", w) { Target = 100, AtMost = true };
                criteria = d.Pick<string>([$"{name}≤100%得{wt}分，否则不得分", $"控制在100%以内（含）的得满分，超过100%的得0分"]);
                score = c <= 100m ? w : 0m;
                break;
            case "binary":
                actual = null;
                criteria = $"按规定时限和内容公开的得{wt}分，未公开的不得分";
                score = w;
                break;
            case "deduct":
                var per = w >= 4 ? 1m : 0.5m;
                var count = d.Int((int)t.Min, (int)t.Max);
                actual = doc.Quantity(name + "问题数", count, "处");
                rule = new ScoreRule("deduct", w) { Per = per };
                criteria = d.Pick<string>([$"每发现1处问题扣{Numbers.Format(per, per == 1 ? 0 : 1, false)}分，扣完为止", $"发现一处违规扣{Numbers.Format(per, per == 1 ? 0 : 1, false)}分，扣完为止"]);
                score = Math.Max(0m, w - (per * count));
                break;
            default:
                criteria = d.Pick<string>(["根据实际情况酌情评分", "完全符合得满分，基本符合酌情扣分，不符合不得分", "视完成情况综合评定"]);
                score = Math.Max(0m, w - d.Pick<decimal>([0m, 0m, 0.5m, 1m]));
                break;
        }

        var scores = new Dictionary<string, decimal>();
        foreach (var column in columns)
        {
            // The rule column (verified when there is one) follows the rule; a self-assessor now and then claims more.
            scores[column] = column == "self" && columns.Contains("verified") && d.Chance(0.3) ? Math.Min(w, score + 0.5m) : score;
        }

        return new Leaf(section, s, group, gi, li, name, t, w, actual, rule, criteria, scores);
    }
}
