using Extraction.Rules.Engine;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>A scoring-rule shape: the outcomes a rule of this shape can give, one per plausible convention.</summary>
public interface IShape
{
    string Name { get; }

    IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context);
}
