using System.Globalization;
using Extraction.Output.Reports;
using Extraction.Reading;

namespace Extraction.Benchmarks;

/// <summary>Findings on a scan against those on the text rendering of the same report (corpus seed002/003 by
/// default): the pipeline on both, findings keyed by check, severity, indicator, stated and computed value;
/// prints what only one side has (a scan-only finding with its evidence's confidence and cell, naming the
/// cell OCR could not read) and the scan's findings that rest on low-confidence OCR (OCR-caused warnings).
/// Exit code 1 when the two sides differ.</summary>
internal sealed class ScanFindingsBench : IBench
{
    private static readonly (string Scan, string Text)[] DefaultPairs =
    [
        ("seed002.scan.pdf", "seed002.pdf"),
        ("seed003.scan.pdf", "seed003.pdf"),
    ];

    public string Name => "scan-findings";

    public string Description => "findings on scans vs on the text renderings of the same reports: scan-findings [scan.pdf text.pdf]...";

    public int Run(string[] args)
    {
        var seeds = Path.Combine(OcrBench.RepositoryRoot(), "corpus", "seeds");
        var pairs = args.Length >= 2
            ? Enumerable.Range(0, args.Length / 2).Select(i => (Scan: args[2 * i], Text: args[(2 * i) + 1])).ToArray()
            : DefaultPairs.Select(p => (Scan: Path.Combine(seeds, p.Scan), Text: Path.Combine(seeds, p.Text))).ToArray();
        var pipeline = Extraction.Cli.Composition.Pipeline();
        var differing = 0;
        foreach (var (scan, text) in pairs)
        {
            var onScan = ReportMapper.From(pipeline.Process(new SourceFile(scan), CancellationToken.None));
            var onText = ReportMapper.From(pipeline.Process(new SourceFile(text), CancellationToken.None));
            var scanOnly = Minus(onScan.Findings, onText.Findings);
            var textOnly = Minus(onText.Findings, onScan.Findings);
            var lowConfidence = onScan.Findings.Where(f => f.Evidence.Any(e => e.Confidence is < 0.8)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(scan)} vs {Path.GetFileName(text)}: {onScan.Findings.Count} vs {onText.Findings.Count} findings, {scanOnly.Count} only on the scan, {textOnly.Count} only on the text, {lowConfidence.Count} on low-confidence OCR"));
            foreach (var f in scanOnly)
            {
                Console.WriteLine("  scan only: " + Describe(f, withEvidence: true));
            }

            foreach (var f in textOnly)
            {
                Console.WriteLine("  text only: " + Describe(f, withEvidence: false));
            }

            foreach (var f in lowConfidence)
            {
                Console.WriteLine("  low-confidence OCR: " + Describe(f, withEvidence: true));
            }

            differing += scanOnly.Count + textOnly.Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scan-findings: {differing} differing findings"));
        return differing == 0 ? 0 : 1;
    }

    private static string Key(ReportFinding f) => string.Create(CultureInfo.InvariantCulture,
        $"{f.Check}|{f.Severity}|{string.Join("/", f.Indicator ?? [])}|{f.Stated}|{f.Computed}");

    private static List<ReportFinding> Minus(IReadOnlyList<ReportFinding> from, IReadOnlyList<ReportFinding> other)
    {
        var left = other.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<ReportFinding>();
        foreach (var f in from)
        {
            var key = Key(f);
            if (left.TryGetValue(key, out var n) && n > 0)
            {
                left[key] = n - 1;
            }
            else
            {
                result.Add(f);
            }
        }

        return result;
    }

    private static string Describe(ReportFinding f, bool withEvidence)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{f.Check} {f.Severity} stated {f.Stated} computed {f.Computed}: {f.Message}");
        if (!withEvidence)
        {
            return head;
        }

        var evidence = f.Evidence.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"p{e.Page}{(e.Cell is { } c ? $" t{c.Table}r{c.Row}c{c.Column}" : "")} conf {(e.Confidence is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "–")} \"{(e.Quote.Length > 60 ? e.Quote[..60] + "…" : e.Quote)}\""));
        return head + "\n      " + string.Join("\n      ", evidence);
    }
}
