using Extraction.Rules.Engine;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>Categorical tiers (公开 1.5 / 1 / 0): the score must be one of the listed values.</summary>
public sealed class TiersShape : IShape
{
    public string Name => "tiers";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context) =>
        spec.Values.Count == 0
            ? [Outcome.Range(0m, context.PointsOf(spec), "no tiers listed")]
            : spec.Values.Distinct().Select(v => Outcome.Reachable(v, $"tier {v}"));
}
