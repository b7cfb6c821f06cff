using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>score = rate × points (政府采购执行率得分=执行率×1分), 0 when the rate exceeds the veto
/// (actual &gt; plan). Without any plan (0/0, or no rate printed while the text says there was no plan)
/// authors give full marks or nothing: both are tried.</summary>
public sealed class LinearShape : IShape
{
    public string Name => "linear";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var points = context.PointsOf(spec);
        var measured = ShapeInputs.Measured(spec, context);
        if (measured is not { } m)
        {
            yield return Outcome.Range(0m, points, "rate not found: 0 ≤ score ≤ points");
            yield return Outcome.Reachable(points, "no plan (0/0): full marks");
            yield break;
        }

        if (spec.Veto is { } veto && m.Value.Lo > veto)
        {
            yield return Outcome.Computed(Interval.Point(0m), $"{m.How} above {veto.Show()}%: 0");
            yield break;
        }

        yield return Outcome.Computed(m.Value.Min(100m).Scale(points / 100m), $"{m.How} × {points.Show()}");
    }
}
