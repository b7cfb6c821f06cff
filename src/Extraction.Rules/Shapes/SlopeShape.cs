using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>Per-point slope: beyond the threshold, deduct <c>per</c> for each <c>step</c> (超出一个百分点扣0.1分;
/// 每增加5%（含）扣减0.5分), floored at 0. Authors count steps continuously, in whole steps, or count a
/// started step: all three are tried.</summary>
public sealed class SlopeShape : IShape
{
    public string Name => "slope";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var points = context.PointsOf(spec);
        var measured = ShapeInputs.Measured(spec, context, spec.Kind);
        if (measured is not { } m || spec.Per is not { } per)
        {
            yield return Outcome.Range(0m, points, "measured value not found: 0 ≤ score ≤ points");
            yield break;
        }

        var threshold = spec.Threshold ?? 0m;
        var step = spec.Step is > 0 ? spec.Step.Value : 1m;
        var excess = Math.Abs(m.Value.Mid) - threshold;
        if (excess <= 0)
        {
            yield return Outcome.Computed(Interval.Point(points), $"{m.How} within {threshold.Show()}: full marks");
            yield break;
        }

        var steps = excess / step;
        foreach (var (n, how) in new[] { (steps, "continuous"), (Math.Floor(steps), "whole steps"), (Math.Ceiling(steps), "started steps") })
        {
            yield return Outcome.Computed(Interval.Point(Math.Max(0m, points - (n * per))), $"{m.How}: {how}, −{per.Show()} per {step.Show()}");
        }
    }
}
