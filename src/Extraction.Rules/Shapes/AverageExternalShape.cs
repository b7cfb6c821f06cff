using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>Average of external scores × points: (市委督查 + 市政府督查) / 2 / 100 × 5.</summary>
public sealed class AverageExternalShape : IShape
{
    public string Name => "average";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var points = context.PointsOf(spec);
        var scale = spec.Scale ?? 100m;
        var inputs = spec.Inputs.Keys.Where(k => k != "average").Select(k => context.Input(spec, k, "score")).ToArray();
        if (inputs.Length == 0 || inputs.Any(i => i is null))
        {
            if (context.Input(spec, "average", "score") is { } avg)
            {
                yield return Outcome.Computed(avg.Value.Scale(points / scale), $"stated average {avg.Figure.Text} / {scale.Show()} × {points.Show()}");
                yield break;
            }

            yield return Outcome.Range(0m, points, "external scores not found: 0 ≤ score ≤ points");
            yield break;
        }

        var mean = Interval.Mean(inputs.Select(i => i!.Value).ToArray());
        yield return Outcome.Computed(mean.Scale(points / scale),
            $"({string.Join("+", inputs.Select(i => i!.Figure.Text))})/{inputs.Length}/{scale.Show()} × {points.Show()}");
    }
}
