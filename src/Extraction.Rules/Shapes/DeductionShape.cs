using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>Deduct per item, floored at 0 (扣1分，扣完为止). Without the count, every
/// points − k·per ≥ 0 (and 0) is reachable.</summary>
public sealed class DeductionShape : IShape
{
    public string Name => "deduction";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var points = context.PointsOf(spec);
        var per = spec.Per ?? 1m;
        if (context.Input(spec, "count", "count") is { } count)
        {
            yield return Outcome.Computed(Interval.Point(points).Shift(-per * count.Value.Mid).Max(0m), $"{points.Show()} − {per.Show()} × {count.Figure.Text}, floored at 0");
            yield break;
        }

        if (per <= 0)
        {
            yield return Outcome.Range(0m, points, "deduction per item unknown");
            yield break;
        }

        for (var k = 0; k <= 100 && points - (k * per) > 0; k++)
        {
            yield return Outcome.Reachable(points - (k * per), $"{k} item(s) deducted × {per.Show()}");
        }

        yield return Outcome.Reachable(0m, "all deducted");
    }
}
