namespace Extraction.Workspace.Web;

// The JSON the page reads (camelCase on the wire). Document text travels as data and is only ever put into
// the page with textContent, never as markup.

internal sealed record DocumentRow(
    string Sha, string Name, string Status, string StatusLabel, string Kind, string KindLabel, string? Department, int? Year,
    int Errors, int Warnings, int Infos, int Findings, int Decided, int Matching, bool Failed)
{
    /// <summary>Why the status is not done/ok (skipped: why it is not a report; partial or failed: what was lost).</summary>
    public string? StatusReason { get; init; }
}

internal sealed record DocumentList(IReadOnlyList<DocumentRow> Documents, Facets Facets, Progress Progress);

internal sealed record Facets(IReadOnlyList<Option> Departments, IReadOnlyList<Option> Kinds, IReadOnlyList<Option> Checks);

internal sealed record Option(string Value, string Label);

internal sealed record Progress(int Total, int Done, int Running, int Queued, int Failed);

internal sealed record DocumentView(
    DocumentRow Row, string Format, int Pages, decimal? StatedTotal, string? StatedGrade, string? Title, string UploadedBy, DateTime UploadedUtc,
    IReadOnlyList<ProblemView> Problems, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<FindingView> Findings, IReadOnlyList<PageView> PageImages);

internal sealed record ProblemView(string Stage, string Message, int? Page);

internal sealed record IndicatorView(IReadOnlyList<string> Path, decimal? Weight, decimal? Score, decimal? Recomputed, int Page, bool Differs);

internal sealed record FindingView(
    int Index, string Fingerprint, string Check, string CheckLabel, string Severity, string SeverityLabel, string Impact, string ImpactLabel,
    string Message, decimal? Stated, decimal? Computed, decimal? Difference, string? Relation, IReadOnlyList<string>? Indicator,
    IReadOnlyList<EvidenceView> Evidence, DecisionView? Decision, bool Matches);

internal sealed record EvidenceView(int Page, string Quote, string? Crop);

internal sealed record DecisionView(string Verdict, string VerdictLabel, string Note, string Reviewer, DateTime DecidedUtc);

internal sealed record PageView(int Page, string Image, int Boxes);

internal sealed record DecisionRequest(string? Fingerprint, string? Verdict, string? Note);

internal sealed record SignInRequest(string? Name, string? Token);

internal sealed record SessionView(bool SignedIn, string? Reviewer, string? Csrf, bool TokenRequired, string Language, IReadOnlyDictionary<string, string> Text);
