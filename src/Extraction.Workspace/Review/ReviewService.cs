using Extraction.Output.Html;
using Extraction.Output.Reports;
using Extraction.Output.Tables;
using Extraction.Workspace.Store;
using Extraction.Workspace.Text;
using Extraction.Workspace.Web;

namespace Extraction.Workspace.Review;

/// <summary>What the pages show: documents ranked by consequence (the ranking of report.html) with their
/// decision counts, one document with its findings and decisions, and recording a decision.</summary>
internal sealed class ReviewService(IWorkspaceStore store, ReportCache reports, UiText text)
{
    public DocumentList List(FindingFilter filter)
    {
        var documents = store.Documents();
        var decisions = store.Decisions().ToLookup(d => d.Sha256, StringComparer.Ordinal);
        var withReports = documents.Select(d => (Stored: d, Report: reports.Of(d))).ToArray();
        var ranked = ReportHtmlWriter.Rank(withReports.Where(d => d.Report is not null).Select(d => new BatchEntry(d.Report!, d.Stored.Sha256)).ToArray())
            .Select(e => withReports.First(d => d.Stored.Sha256 == e.OutputName))
            .Concat(withReports.Where(d => d.Report is null));
        var rows = new List<DocumentRow>();
        foreach (var (stored, report) in ranked)
        {
            if (!filter.Selects(report))
            {
                continue;
            }

            var decided = decisions[stored.Sha256].ToDictionary(d => d.Fingerprint, StringComparer.Ordinal);
            var row = Row(stored, report, decided, filter);
            if (filter.FiltersFindings && row.Matching == 0)
            {
                continue;
            }

            rows.Add(row);
        }

        var all = withReports.Where(d => d.Report is not null).Select(d => d.Report!).ToArray();
        var facets = new Facets(
            Options(all.Select(r => r.Document.Department).OfType<string>(), v => v),
            Options(all.Select(r => r.Document.Kind), v => text.Label("kind", v)),
            Options(all.SelectMany(r => r.Findings).Select(f => f.Check), v => text.Label("check", v)));
        var progress = new Progress(documents.Count,
            documents.Count(d => d.Status is DocumentStatus.Done or DocumentStatus.Skipped), documents.Count(d => d.Status == DocumentStatus.Running),
            documents.Count(d => d.Status == DocumentStatus.Queued), documents.Count(d => d.Status == DocumentStatus.Failed));
        return new DocumentList(rows, facets, progress);
    }

    public DocumentView? View(string sha, FindingFilter filter)
    {
        if (store.Document(sha) is not { } stored)
        {
            return null;
        }

        var report = reports.Of(stored);
        var decided = store.Decisions(sha).ToDictionary(d => d.Fingerprint, StringComparer.Ordinal);
        var row = Row(stored, report, decided, filter);
        if (report is null)
        {
            return new DocumentView(row, string.Empty, 0, null, null, null, stored.UploadedBy, stored.UploadedUtc, [], [], [], []);
        }

        var isPdf = report.Source.Format is "pdf" or "pdf-scanned";
        var findings = Ordered(report).Select(x =>
        {
            var (finding, index) = x;
            var fingerprint = FindingFingerprint.Of(finding);
            var decision = decided.GetValueOrDefault(fingerprint);
            return new FindingView(index, fingerprint, finding.Check, text.Label("check", finding.Check), finding.Severity, text.Label("severity", finding.Severity),
                finding.Impact, text.Label("impact", finding.Impact), finding.Message, finding.Stated, finding.Computed, finding.Difference, finding.Relation, finding.Indicator,
                finding.Evidence.Select((e, i) => new EvidenceView(e.Page, e.Quote, isPdf && e.Page > 0 && i < 3 ? $"/api/documents/{sha}/crop/{index}/{i}.svg" : null)).ToArray(),
                decision is null ? null : new DecisionView(decision.Verdict, text.Label("verdict", decision.Verdict), decision.Note, decision.Reviewer, decision.DecidedUtc),
                filter.Selects(finding, decision));
        }).ToArray();
        var pages = isPdf
            ? report.Findings.SelectMany(f => f.Evidence).Where(e => e.Page > 0).GroupBy(e => e.Page).OrderBy(g => g.Key).Take(30)
                .Select(g => new PageView(g.Key, $"/api/documents/{sha}/page/{g.Key}.svg", g.Count(e => e.Box is not null))).ToArray()
            : [];
        return new DocumentView(row, report.Source.Format, report.Source.Pages, report.Document.StatedTotal, report.Document.StatedGrade, report.Document.Title,
            stored.UploadedBy, stored.UploadedUtc,
            report.Problems.Select(p => new ProblemView(p.Stage, p.Message, p.Page)).ToArray(),
            report.Indicators.Select(i => new IndicatorView(i.Path, i.Weight, i.Score, i.Recomputed, i.Page, i.Recomputed is { } r && i.Score is { } s && r != s)).ToArray(),
            findings, pages);
    }

    /// <summary>Records a decision on a finding the document currently has; null when there is no such finding.</summary>
    public Decision? Decide(string sha, DecisionRequest request, string reviewer)
    {
        if (!Verdict.IsValid(request.Verdict) || request.Fingerprint is null || store.Document(sha) is not { } stored || reports.Of(stored) is not { } report
            || !report.Findings.Any(f => FindingFingerprint.Of(f) == request.Fingerprint))
        {
            return null;
        }

        var note = new string((request.Note ?? string.Empty).Where(c => c is '\n' or '\t' || !char.IsControl(c)).Take(4000).ToArray());
        var decision = new Decision(sha, request.Fingerprint, request.Verdict!, note, reviewer, DateTime.UtcNow);
        store.SaveDecision(decision);
        return decision;
    }

    /// <summary>Findings gravest first (severity, then impact), each with its index in the report.</summary>
    public static IEnumerable<(ReportFinding Finding, int Index)> Ordered(Report report) =>
        report.Findings.Select((f, i) => (f, i))
            .OrderByDescending(x => Report.SeverityOf(x.f.Severity))
            .ThenByDescending(x => ImpactRank(x.f.Impact))
            .ThenBy(x => x.i);

    private DocumentRow Row(StoredDocument stored, Report? report, Dictionary<string, Decision> decided, FindingFilter filter)
    {
        var findings = report?.Findings ?? [];
        var fingerprints = findings.Select(FindingFingerprint.Of).ToArray();
        var kind = report?.Document.Kind ?? string.Empty;
        // A file that is not a report (a README, notes, the tool's own report.html) says so rather than 其他.
        var kindLabel = text.Label("kind", report?.Document.Subkind == "not_report" ? "not_report" : kind);
        return new DocumentRow(stored.Sha256, stored.DisplayName, stored.Status, text.Label("status", stored.Status), kind, kindLabel,
            report?.Document.Department, report?.Document.Year,
            findings.Count(f => f.Severity == "error"), findings.Count(f => f.Severity == "warning"), findings.Count(f => f.Severity == "info"), findings.Count,
            fingerprints.Count(decided.ContainsKey),
            findings.Where((f, i) => filter.Selects(f, decided.GetValueOrDefault(fingerprints[i]))).Count(),
            report?.Failed ?? stored.Status == DocumentStatus.Failed)
        {
            StatusReason = report is null || report.StatusReason.Length == 0 ? null : report.StatusReason,
        };
    }

    private static IReadOnlyList<Option> Options(IEnumerable<string> values, Func<string, string> label) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(v => new Option(v, label(v))).ToArray();

    private static int ImpactRank(string impact) => impact switch { "grade" => 3, "total" => 2, "score" => 1, _ => 0 };
}
