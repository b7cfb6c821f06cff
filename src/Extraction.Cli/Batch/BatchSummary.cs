using Extraction.Output.Tables;

namespace Extraction.Cli.Batch;

/// <summary>The result of a batch: every document's entry in input order and how each went.</summary>
internal sealed record BatchSummary(IReadOnlyList<BatchEntry> Entries, IReadOnlyDictionary<string, DocumentOutcome> Outcomes, TimeSpan Elapsed)
{
    /// <summary>Documents that could not be processed, in this run or (for reused results) when they were stored.</summary>
    public int Failed => Entries.Count(e => e.Report.Failed);

    /// <summary>Documents only partly read (pages or stages lost, named in their problems).</summary>
    public int Partial => Entries.Count(e => e.Report.Status == Output.Reports.ReportStatus.Partial);

    public int Skipped => Entries.Count(e => e.Report.Status == Output.Reports.ReportStatus.Skipped);

    public int Reused => Outcomes.Values.Count(o => o == DocumentOutcome.Reused);

    public int Count(string severity) => Entries.Sum(e => e.Report.Findings.Count(f => f.Severity == severity));
}
