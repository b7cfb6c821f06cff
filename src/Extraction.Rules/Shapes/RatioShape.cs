using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>Completion ratio: done ÷ planned × points (已完成项目数/计划项目数×6分); 0/0 gives full marks.</summary>
public sealed class RatioShape : IShape
{
    public string Name => "ratio";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var points = context.PointsOf(spec);
        var done = context.Input(spec, "done", "count");
        var planned = context.Input(spec, "planned", "count");
        if (done is null || planned is null)
        {
            yield return Outcome.Range(0m, points, "counts not found: 0 ≤ score ≤ points");
            yield break;
        }

        if (planned.Value.Hi == 0m)
        {
            yield return Outcome.Computed(Interval.Point(points), "nothing planned (0/0): full marks");
            yield break;
        }

        if (Interval.Divide(done.Value, planned.Value) is { } r)
        {
            yield return Outcome.Computed(r.Min(1m).Scale(points), $"{done.Figure.Text}/{planned.Figure.Text} × {points.Show()}");
        }
    }
}
