using Extraction.Results;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Engine;

/// <summary>What a shape sees: the indicator, its weight (after transfers), and a way to find inputs.
/// Inputs found are recorded for the assessment and its findings.</summary>
public sealed class ShapeContext
{
    private readonly InputResolver _resolver;
    private readonly List<Figure> _used = [];

    public ShapeContext(Indicator indicator, decimal? weight, InputResolver resolver)
    {
        Indicator = indicator;
        Weight = weight;
        _resolver = resolver;
    }

    public Indicator Indicator { get; }

    public decimal? Weight { get; }

    public IReadOnlyList<Figure> Used => _used;

    public InputResolver Resolver => _resolver;

    public ResolvedInput? Input(RuleSpec spec, string name, string? kind)
    {
        if (!spec.Inputs.TryGetValue(name, out var labels) || labels.Count == 0)
        {
            return null;
        }

        var found = _resolver.Resolve(name, labels, Indicator, kind);
        if (found is not null && !_used.Contains(found.Figure))
        {
            _used.Add(found.Figure);
        }

        return found;
    }

    public void Use(Figure figure)
    {
        if (!_used.Contains(figure))
        {
            _used.Add(figure);
        }
    }

    public decimal PointsOf(RuleSpec spec) => spec.Points ?? Weight ?? 0m;
}
