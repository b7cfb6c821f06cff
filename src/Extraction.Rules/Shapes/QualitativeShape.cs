using Extraction.Rules.Engine;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>酌情 scoring: not recomputable; only 0 ≤ score ≤ points.</summary>
public sealed class QualitativeShape : IShape
{
    public string Name => "qualitative";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        yield return Outcome.Range(0m, context.PointsOf(spec), "qualitative (酌情): 0 ≤ score ≤ points");
    }
}
