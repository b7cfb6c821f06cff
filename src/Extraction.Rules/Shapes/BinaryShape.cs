using Extraction.Rules.Engine;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>All or nothing: value ≤ threshold (inclusive) → points, otherwise 0 (财政供养人员控制率 ≤100% → 1).</summary>
public sealed class BinaryShape : IShape
{
    public string Name => "binary";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var points = context.PointsOf(spec);
        var threshold = spec.Threshold ?? 100m;
        BandSpec[] bands =
        [
            new() { Max = threshold, MaxInclusive = true, Points = points },
            new() { Min = threshold, MinInclusive = false, Points = 0m },
        ];
        return BandsShape.Evaluate(spec, bands, context);
    }
}
