using System.Globalization;
using Extraction.Cli;
using Extraction.Tests.Mutations;

namespace Extraction.Benchmarks.Rendering;

/// <summary>`mutations --via pdf`: the Word sources' mutated copies printed to PDF by LibreOffice and read by the PDF
/// reader, each mutation judged from the Word file and from its PDF; reports both recalls side by side and lists the
/// errors the PDF path loses.</summary>
internal static class PdfPath
{
    public static int Run(IReadOnlyList<string> files, int seed, int perTarget, int? perKind, bool misses)
    {
        var root = MutationCorpus.Root();
        var fonts = Path.Combine(root, "tests", "Extraction.Benchmarks", "Rendering", "fonts.conf");
        var cache = Path.Combine(Path.GetTempPath(), "extraction-mutations-pdf");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var renderer = new SofficeRenderer(cache, File.Exists(fonts) ? fonts : null);
        var campaign = new RenditionCampaign(new MutationHarness(Composition.Pipeline()), renderer);
        campaign.Run(files, seed, perTarget, perKind, m => Console.Error.WriteLine(m));
        watch.Stop();

        var source = campaign.Source;
        var pairs = campaign.Pairs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mutations via pdf: {files.Count(renderer.Renders)} Word documents, {source.Targets} targets ({source.Unplaced.Count} not placeable, {source.Split} placed over several runs), {pairs.Count} planted, {campaign.Failures.Count} not rendered, {campaign.Unanchored.Count} not a target of the PDF's reading, seed {seed}, {watch.Elapsed.TotalSeconds:0} s (cache {cache})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recall docx {MutationCampaign.Recall(pairs.Select(p => p.Source)):0.000}, pdf {MutationCampaign.Recall(pairs.Select(p => p.Rendered)):0.000}; clean PDFs: {campaign.BaselineAlarms.Count} errors/warnings other than rule_text_defect"));
        foreach (var (doc, f) in campaign.BaselineAlarms)
        {
            Console.WriteLine($"  clean alarm {doc}: {f.Check} {f.Severity}: {f.Message}");
        }

        foreach (var (title, group) in new (string, Func<Outcome, string>)[] { ("kind", o => o.Mutation.Target.Kind), ("operator", o => o.Mutation.Operator), ("document", o => o.Document) })
        {
            Console.WriteLine();
            Console.WriteLine("by " + title);
            Table(pairs, group).ToList().ForEach(Console.WriteLine);
        }

        Console.WriteLine();
        var lost = pairs.Where(p => p.Source.Status == OutcomeStatus.Detected && p.Rendered.Status != OutcomeStatus.Detected).ToArray();
        Console.WriteLine($"lost on the PDF path (detected from the Word file, not from its PDF): {lost.Length}");
        var unanchored = campaign.Unanchored.Select(u => u.Target).ToHashSet();
        foreach (var (_, r) in lost)
        {
            Console.WriteLine($"  {r.Status} {r.Document}: {r.Mutation} [{r.Mutation.Target.Left}|{r.Mutation.Target.Right}]{(unanchored.Contains(r.Mutation.Target) ? " (not a target in the PDF)" : string.Empty)} {r.Finding?.Check} {r.Finding?.Message}");
        }

        if (misses)
        {
            foreach (var (s, r) in pairs.Where(p => p.Source.Status != OutcomeStatus.Detected))
            {
                Console.WriteLine($"  docx {s.Status}, pdf {r.Status} {s.Document}: {s.Mutation} {s.Finding?.Check} {s.Finding?.Message}");
            }
        }

        foreach (var (doc, m) in campaign.Failures)
        {
            Console.WriteLine($"  not rendered {doc}: {m}");
        }

        return 0;
    }

    /// <summary>One Markdown row per group: the same mutations' outcomes read from Word and from PDF.</summary>
    private static IEnumerable<string> Table(IReadOnlyList<(Outcome Source, Outcome Rendered)> pairs, Func<Outcome, string> group)
    {
        if (pairs.Count == 0)
        {
            yield break;
        }

        yield return "| group | planted | detected docx | detected pdf | lost in pdf | found in pdf only | no effect pdf | recall docx | recall pdf |";
        yield return "|---|---:|---:|---:|---:|---:|---:|---:|---:|";
        var groups = pairs.GroupBy(p => group(p.Source).Replace(".docx", string.Empty, StringComparison.Ordinal)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        groups.Add(pairs.GroupBy(_ => "all").First());
        foreach (var g in groups)
        {
            var items = g.ToArray();
            int Count(Func<(Outcome Source, Outcome Rendered), bool> f) => items.Count(f);
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {g.Key} | {items.Length} | {Count(p => p.Source.Status == OutcomeStatus.Detected)} | {Count(p => p.Rendered.Status == OutcomeStatus.Detected)} | {Count(p => p.Source.Status == OutcomeStatus.Detected && p.Rendered.Status != OutcomeStatus.Detected)} | {Count(p => p.Source.Status != OutcomeStatus.Detected && p.Rendered.Status == OutcomeStatus.Detected)} | {Count(p => p.Rendered.Status == OutcomeStatus.NoEffect)} | {MutationCampaign.Recall(items.Select(p => p.Source)):0.000} | {MutationCampaign.Recall(items.Select(p => p.Rendered)):0.000} |");
        }
    }
}
