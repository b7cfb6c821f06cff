namespace Extraction.Results;

/// <summary>An inconsistency a check found. <see cref="Check"/> is a stable name from CONTRACT.md.</summary>
public sealed record Finding(
    string Check,
    Severity Severity,
    string Message,
    IReadOnlyList<Evidence> Evidence)
{
    public decimal? Stated { get; init; }

    public decimal? Computed { get; init; }

    public decimal? Difference { get; init; }

    public decimal? Tolerance { get; init; }

    public Impact Impact { get; init; } = Impact.None;

    /// <summary>The rule or relation checked, e.g. "mean(36.10, 49.86, 74.22, 91.01)".</summary>
    public string? Relation { get; init; }

    /// <summary>The convention tried (rounding mode, cap, ...), when one was.</summary>
    public string? Convention { get; init; }

    /// <summary>Indicator path the finding concerns, when it concerns one.</summary>
    public IReadOnlyList<string>? Indicator { get; init; }
}
