using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Facts;

/// <summary>A money figure whose unit was assumed (a table printed with no unit, a formula's operand) is read in the
/// money unit — 元 or 万元 — that puts it nearest the figures of its measure whose units are printed: a 万元 table under a
/// narrative in 元 ("1478.47" beside "基本支出14,784,623.26元") is no thousandfold slip. Kept as assumed when no such
/// figure is within a factor of three.</summary>
internal static class AssumedUnits
{
    private static readonly string[] Money = ["元", "万元"];

    public static IReadOnlyList<Fact> Resolve(IReadOnlyList<Fact> facts)
    {
        if (!facts.Any(f => f.UnitAssumed))
        {
            return facts;
        }

        var printed = facts.Where(f => !f.UnitAssumed && f.ValueYuan is > 0 && f.Core.Length >= 2).ToLookup(f => f.Core);
        return facts.Select(f => f.UnitAssumed && f.ValueYuan is not null && f.Value > 0 ? Nearest(f, printed[f.Core]) : f).ToArray();
    }

    private static Fact Nearest(Fact fact, IEnumerable<Fact> others)
    {
        var references = others.Select(o => o.ValueYuan!.Value).ToArray();
        if (references.Length == 0)
        {
            return fact;
        }

        var best = (Unit: fact.Unit, Distance: double.MaxValue);
        foreach (var unit in Money)
        {
            var yuan = fact.Value * Units.YuanFactor(unit)!.Value;
            var distance = references.Min(r => Math.Abs(Math.Log10((double)(yuan / r))));
            if (distance < best.Distance)
            {
                best = (unit, distance);
            }
        }

        return best.Distance > Math.Log10(3) || best.Unit == fact.Unit ? fact
            : fact with { Unit = best.Unit, ValueYuan = fact.Value * Units.YuanFactor(best.Unit)!.Value };
    }
}
