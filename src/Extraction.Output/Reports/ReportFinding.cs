namespace Extraction.Output.Reports;

/// <summary>Contract finding; tolerance, relation, convention, indicator and the *_ref catalog references are extensions.</summary>
public sealed record ReportFinding(
    string Check,
    string Severity,
    string Message,
    decimal? Stated,
    decimal? Computed,
    decimal? Difference,
    string Impact,
    IReadOnlyList<ReportEvidence> Evidence)
{
    public decimal? Tolerance { get; init; }

    public string? Relation { get; init; }

    public string? Convention { get; init; }

    public IReadOnlyList<string>? Indicator { get; init; }

    /// <summary>The message as a catalog reference (<see cref="Message"/> is it rendered in the run's language).</summary>
    public ReportMessage? MessageRef { get; init; }

    public ReportMessage? RelationRef { get; init; }

    public ReportMessage? ConventionRef { get; init; }
}
