using Extraction.Results;

namespace Extraction.Output.Reports;

/// <summary>One document's result in the shape of the contract's per-document JSON ("extraction.report/v1").
/// Batch outputs are written from these, so a result reused from the store and a fresh one look the same.</summary>
public sealed record Report(
    ReportSource Source,
    ReportDocument Document,
    IReadOnlyList<ReportIndicator> Indicators,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<ReportFinding> Findings,
    IReadOnlyList<ReportProblem> Problems)
{
    public const string SchemaName = "extraction.report/v1";

    public string Schema { get; init; } = SchemaName;

    /// <summary>Every printed quantity with its key and the group of mentions it belongs to (an extension).</summary>
    public IReadOnlyList<ReportFact> Facts { get; init; } = [];

    /// <summary>True when the document could not be read at all (no pages came out of the reader).</summary>
    public bool Failed => Source.Pages == 0 && Problems.Count > 0;

    public Severity? WorstSeverity => Findings.Count == 0 ? null : Findings.Max(f => SeverityOf(f.Severity));

    public static Severity SeverityOf(string name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };
}
