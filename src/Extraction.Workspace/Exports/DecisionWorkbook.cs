using System.Globalization;
using Extraction.Output.Pairing;
using Extraction.Output.Reports;
using Extraction.Output.Tables;
using Extraction.Workspace.Review;
using Extraction.Workspace.Store;
using Extraction.Workspace.Text;

namespace Extraction.Workspace.Exports;

/// <summary>The batch workbook with the reviewers' decisions: a 审核决定 sheet (one row per finding, decided or
/// not) first, then the batch tables of extraction.xlsx for every processed upload, written by the same writer.</summary>
internal static class DecisionWorkbook
{
    public static byte[] Write(IReadOnlyList<StoredDocument> documents, ReportCache reports, IReadOnlyList<Decision> decisions, UiText text, string scratchDirectory)
    {
        var decided = decisions.ToDictionary(d => (d.Sha256, d.Fingerprint));
        var entries = new List<BatchEntry>();
        var rows = new List<object?[]>();
        foreach (var stored in documents)
        {
            if (reports.Of(stored) is not { } report)
            {
                continue;
            }

            entries.Add(new BatchEntry(report, stored.DisplayName));
            foreach (var (finding, _) in ReviewService.Ordered(report))
            {
                var fingerprint = FindingFingerprint.Of(finding);
                var decision = decided.GetValueOrDefault((stored.Sha256, fingerprint));
                rows.Add([
                    stored.DisplayName, stored.Sha256, report.Document.Department, text.Label("kind", report.Document.Kind),
                    finding.Check, text.Label("severity", finding.Severity), finding.Message, finding.Stated, finding.Computed,
                    finding.Evidence.Count > 0 ? finding.Evidence[0].Page : null,
                    string.Join(" | ", finding.Evidence.Select(e => e.Quote)), fingerprint,
                    decision is null ? text.Label("verdict", Verdict.Undecided) : text.Label("verdict", decision.Verdict),
                    decision?.Note, decision?.Reviewer,
                    decision?.DecidedUtc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
                ]);
            }
        }

        string[] names = ["file", "sha256", "department", "kind", "check", "severity", "message", "stated", "computed", "page", "quote", "fingerprint", "decision", "note", "reviewer", "decided_utc"];
        var columns = names.Select(n => new Column(n, text["xlsx." + (n == "decided_utc" ? "decided" : n)], n switch
        {
            "stated" or "computed" => ColumnKind.Number,
            "page" => ColumnKind.Integer,
            _ => ColumnKind.Text,
        })).ToArray();
        var sheets = new List<Sheet> { new("decisions", text["sheet.decisions"], columns, rows) };
        sheets.AddRange(BatchTables.Build(entries, Pairer.Pair(entries.Select(e => e.Report))));

        var directory = Path.Combine(scratchDirectory, ".export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            XlsxWorkbookWriter.Write(sheets, directory);
            return File.ReadAllBytes(Path.Combine(directory, XlsxWorkbookWriter.FileName));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
