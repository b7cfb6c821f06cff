using Extraction.Output.Reports;
using Extraction.Workspace.Store;

namespace Extraction.Workspace.Review;

/// <summary>The reviewer's filters: department and kind select documents; check, severity and decision select findings.</summary>
internal sealed record FindingFilter(string? Department, string? Kind, string? Check, string? Severity, string? Decision)
{
    public bool FiltersFindings => Check is not null || Severity is not null || Decision is not null;

    public bool Selects(Report? report)
    {
        var department = report?.Document.Department;
        var kind = report?.Document.Kind;
        return (Department is null || string.Equals(department, Department, StringComparison.Ordinal))
            && (Kind is null || string.Equals(kind, Kind, StringComparison.Ordinal));
    }

    public bool Selects(ReportFinding finding, Decision? decision) =>
        (Check is null || finding.Check == Check)
        && (Severity is null || finding.Severity == Severity)
        && (Decision is null || (decision?.Verdict ?? Verdict.Undecided) == Decision);

    public static FindingFilter From(Func<string, string?> query)
    {
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
        return new FindingFilter(Clean(query("department")), Clean(query("kind")), Clean(query("check")), Clean(query("severity")), Clean(query("decision")));
    }
}
