namespace Extraction.Output.Reports;

/// <summary>Contract finding; tolerance, relation, convention and indicator are extensions.</summary>
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
}
