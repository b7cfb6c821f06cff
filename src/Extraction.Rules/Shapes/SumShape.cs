using Extraction.Rules.Engine;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>A rule made of parts whose scores add up (e.g. 采购执行率 × 1 + 政策落实 酌情 1 分).</summary>
public sealed class SumShape : IShape
{
    private const int MaxCombinations = 256;
    private readonly Func<string, IShape?> _shapes;

    public SumShape(Func<string, IShape?> shapes) => _shapes = shapes;

    public string Name => "sum";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        IReadOnlyList<Outcome> combined = [Outcome.Computed(Numbers.Interval.Point(0m), string.Empty)];
        foreach (var part in spec.Parts)
        {
            var shape = _shapes(part.Shape) ?? throw new InvalidDataException($"rule {spec.Indicator}: unknown shape \"{part.Shape}\" in a part");
            var outcomes = shape.Evaluate(part, context).ToList();
            if (part.Shape == "qualitative" && outcomes.Count == 1)
            {
                // Authors usually give a 酌情 part in full; that reading makes the rest recomputable.
                outcomes.Insert(0, Outcome.Computed(Numbers.Interval.Point(outcomes[0].Value.Hi), $"酌情 part at full marks ({outcomes[0].Value.Hi})"));
            }

            combined = combined.SelectMany(c => outcomes.Select(c.Plus)).Take(MaxCombinations).ToArray();
        }

        return combined;
    }
}
