using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>Threshold bands (满意度 ≥95% → 6, 90–95 → 4, …). A measured value whose rounding interval
/// straddles a boundary gives the points of every band it touches; without the value every band's points
/// are reachable.</summary>
public sealed class BandsShape : IShape
{
    public string Name => "bands";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context) => Evaluate(spec, spec.Bands, context);

    internal static IEnumerable<Outcome> Evaluate(RuleSpec spec, IReadOnlyList<BandSpec> bands, ShapeContext context)
    {
        var measured = ShapeInputs.Measured(spec, context, spec.Kind);
        if (measured is not { } m)
        {
            foreach (var points in bands.Select(b => b.Points).Distinct())
            {
                yield return Outcome.Reachable(points, "measured value not found: any band");
            }

            yield break;
        }

        var touched = bands.Where(b => b.Contains(m.Value.Lo) || b.Contains(m.Value.Hi) || (b.Min is { } lo && m.Value.Contains(lo)) || (b.Max is { } hi && m.Value.Contains(hi)))
            .Select(b => b.Points).Distinct().ToArray();
        if (touched.Length == 0)
        {
            yield return Outcome.Computed(Interval.Point(0m), $"{m.How}: in no band, 0");
            yield break;
        }

        foreach (var points in touched)
        {
            var mid = Math.Round(m.Value.Mid, 4, MidpointRounding.AwayFromZero);
            yield return Outcome.Computed(Interval.Point(points), touched.Length == 1 ? $"{m.How} ({mid.Show()}) → {points.Show()}" : $"{m.How} at a band boundary → {points.Show()}");
        }
    }
}
