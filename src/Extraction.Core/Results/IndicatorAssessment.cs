namespace Extraction.Results;

/// <summary>The rule engine's verdict on one indicator: the rule applied, the recomputed score
/// (null when not recomputable), the convention that reproduced the printed score and the inputs used.</summary>
public sealed record IndicatorAssessment(Indicator Indicator, string? Rule, decimal? Recomputed)
{
    public string? Convention { get; init; }

    public bool Derived { get; init; }

    public IReadOnlyList<Figure> Inputs { get; init; } = [];

    public string? Explanation { get; init; }
}
