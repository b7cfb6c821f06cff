using Extraction.Messages;
using Extraction.Results;
using Extraction.Rules.Checks;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Criteria;

/// <summary>Defects of a 评分标准 itself: bands that overlap (a value earns two different scores) or leave a
/// gap between them, and item points that add up neither to the weight nor (as alternatives) reach it.</summary>
public static class RuleTextDefects
{
    public sealed record Defect(Msg Message, Msg Relation)
    {
        /// <summary>For a gap between two bands: the upper bound of the lower band and the lower bound of the upper one.</summary>
        public (decimal High, decimal Low)? Gap { get; init; }
    }

    public static IEnumerable<Defect> Find(Indicator indicator)
    {
        var parsed = CriteriaParser.Parse(indicator.Criteria, indicator.Weight, indicator.Name);
        foreach (var group in parsed.BandGroups)
        {
            var bands = group.Bands.Select(b => b.Band).ToArray();
            for (var i = 0; i < bands.Length; i++)
            {
                for (var j = i + 1; j < bands.Length; j++)
                {
                    if (bands[i].Points != bands[j].Points && Overlap(bands[i], bands[j]) is { } at)
                    {
                        yield return new Defect(
                            Msg.Of("finding.rule_bands_overlap", ("indicator", indicator.Name), ("a", group.Bands[i].Clause.Trim()), ("b", group.Bands[j].Clause.Trim()),
                                ("at", at.Show()), ("pa", bands[i].Points.Show()), ("pb", bands[j].Points.Show())),
                            Msg.Of("relation.stated_only", ("formula", $"{bands[i]} ∩ {bands[j]}")));
                    }
                }
            }

            var ordered = bands.Where(b => b.Min is not null || b.Max is not null).OrderBy(b => b.Min ?? decimal.MinValue).ThenBy(b => b.Max ?? decimal.MaxValue).ToArray();
            for (var i = 0; i + 1 < ordered.Length; i++)
            {
                var (a, b) = (ordered[i], ordered[i + 1]);
                if (a.Max is { } hi && b.Min is { } lo && (hi < lo || (hi == lo && !a.MaxInclusive && !b.MinInclusive)) && !ordered.Any(o => o != a && o != b && Covers(o, hi, lo)))
                {
                    yield return new Defect(Msg.Of("finding.rule_bands_gap", ("indicator", indicator.Name), ("hi", hi.Show()), ("lo", lo.Show())),
                        Msg.Of("relation.stated_only", ("formula", $"{a} … {b}")))
                    {
                        Gap = (hi, lo),
                    };
                }
            }
        }

        if (indicator.Weight is { } w && parsed.ItemPoints.Count > 0)
        {
            var all = parsed.ItemPoints.Concat(parsed.LinearPoints).ToArray();
            if (all.Sum() != w && all.Max() != w)
            {
                yield return new Defect(
                    Msg.Of("finding.rule_points", ("indicator", indicator.Name), ("points", string.Join("+", all.Select(p => p.Show()))), ("computed", all.Sum().Show()), ("weight", w.Show())),
                    FindingFactory.Relation(string.Join("+", all.Select(p => p.Show())), all.Sum().Show(), w.Show()));
            }
        }
    }

    private static decimal? Overlap(BandSpec a, BandSpec b)
    {
        var lo = Max(a.Min, b.Min);
        var hi = Min(a.Max, b.Max);
        if (lo is null && hi is null)
        {
            return 0m;
        }

        if (lo is { } l && hi is { } h)
        {
            if (l < h)
            {
                return (l + h) / 2;
            }

            return l == h && a.Contains(l) && b.Contains(l) ? l : null;
        }

        var x = lo ?? hi!.Value;
        return a.Contains(x) && b.Contains(x) ? x : lo is not null ? x + 1 : x - 1;
    }

    private static bool Covers(BandSpec band, decimal from, decimal to) => band.Contains((from + to) / 2);

    private static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
