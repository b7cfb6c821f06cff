using Extraction.Rules.Engine;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>An external score rescaled to the weight: 92.25 of 100 → 2.77 of 3.</summary>
public sealed class RescaledShape : IShape
{
    public string Name => "rescaled";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var points = context.PointsOf(spec);
        var scale = spec.Scale ?? 100m;
        if (context.Input(spec, "value", "score") is not { } s)
        {
            yield return Outcome.Range(0m, points, "external score not found: 0 ≤ score ≤ points");
            yield break;
        }

        yield return Outcome.Computed(s.Value.Scale(points / scale).Min(points), $"{s.Figure.Text} / {scale} × {points}");
    }
}
