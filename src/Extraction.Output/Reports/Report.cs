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

    /// <summary>Set when the document was deliberately not analysed: not a report, the tool's own output, not a
    /// regular file. Extension to the contract ("skip_reason").</summary>
    public string? SkipReason { get; init; }

    /// <summary>documents.csv status: failed (nothing read) › partial (some pages or stages lost, named in the
    /// problems) › skipped (not a report, not a regular file) › ok. Lost pages outrank a skip: a "not a report"
    /// verdict on a document read only in part must not hide the pages never read.</summary>
    public string Status =>
        Failed ? ReportStatus.Failed
        : Problems.Any(p => p.Partial) ? ReportStatus.Partial
        : SkipReason is not null ? ReportStatus.Skipped
        : ReportStatus.Ok;

    /// <summary>Why the status is not ok (empty for ok).</summary>
    public string StatusReason => Status switch
    {
        ReportStatus.Failed => Problems[0].Message,
        ReportStatus.Skipped => SkipReason!,
        ReportStatus.Partial => Problems.First(p => p.Partial).Message,
        _ => string.Empty,
    };

    public Severity? WorstSeverity => Findings.Count == 0 ? null : Findings.Max(f => SeverityOf(f.Severity));

    public static Severity SeverityOf(string name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };
}
