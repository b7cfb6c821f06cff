using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Criteria;

/// <summary>Defects of a 评分标准 itself: bands that overlap (a value earns two different scores) or leave a
/// gap between them, and item points that add up neither to the weight nor (as alternatives) reach it.</summary>
public static class RuleTextDefects
{
    public sealed record Defect(string Message, string Relation);

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
                            $"{indicator.Name}: the bands \"{group.Bands[i].Clause.Trim()}\" and \"{group.Bands[j].Clause.Trim()}\" overlap at {at.Show()} ({bands[i].Points.Show()} vs {bands[j].Points.Show()} points)",
                            $"{bands[i]} ∩ {bands[j]}");
                    }
                }
            }

            var ordered = bands.Where(b => b.Min is not null || b.Max is not null).OrderBy(b => b.Min ?? decimal.MinValue).ThenBy(b => b.Max ?? decimal.MaxValue).ToArray();
            for (var i = 0; i + 1 < ordered.Length; i++)
            {
                var (a, b) = (ordered[i], ordered[i + 1]);
                if (a.Max is { } hi && b.Min is { } lo && (hi < lo || (hi == lo && !a.MaxInclusive && !b.MinInclusive)) && !ordered.Any(o => o != a && o != b && Covers(o, hi, lo)))
                {
                    yield return new Defect($"{indicator.Name}: no band covers the values between {hi.Show()} and {lo.Show()}", $"{a} … {b}");
                }
            }
        }

        if (indicator.Weight is { } w && parsed.ItemPoints.Count > 0)
        {
            var all = parsed.ItemPoints.Concat(parsed.LinearPoints).ToArray();
            if (all.Sum() != w && all.Max() != w)
            {
                yield return new Defect(
                    $"{indicator.Name}: the criteria's points ({string.Join(" + ", all.Select(p => p.Show()))}{(all.Length > 1 ? $" = {all.Sum().Show()}" : string.Empty)}) do not add up to the weight {w.Show()}",
                    $"{string.Join(" + ", all.Select(p => p.Show()))} = {w.Show()}");
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
