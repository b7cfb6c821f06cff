using System.Globalization;
using Extraction.Cli;
using Extraction.Tests.Mutations;

namespace Extraction.Benchmarks.Rendering;

/// <summary>`mutations --via pdf`: the Word and HTML sources' mutated copies printed to PDF by LibreOffice and read by
/// the PDF reader, each mutation judged from the source and from its PDF; reports both recalls side by side and lists
/// the errors the PDF path loses.</summary>
internal static class PdfPath
{
    /// <param name="fonts">A fontconfig file for LibreOffice; null: the corpus's aliases (宋体 → Noto Serif CJK SC),
    /// "system": the machine's own font substitution.</param>
    public static int Run(IReadOnlyList<string> files, int seed, int perTarget, int? perKind, bool misses, string? fonts)
    {
        var root = MutationCorpus.Root();
        fonts = fonts switch
        {
            null => Path.Combine(root, "tests", "Extraction.Benchmarks", "Rendering", "fonts.conf"),
            "system" => null,
            _ => Path.GetFullPath(fonts),
        };
        var cache = Path.Combine(Path.GetTempPath(), "extraction-mutations-pdf", fonts is null ? "system-fonts" : Path.GetFileNameWithoutExtension(fonts));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var renderer = new SofficeRenderer(cache, fonts);
        var campaign = new RenditionCampaign(new MutationHarness(Composition.Pipeline()), renderer);
        campaign.Run(files, seed, perTarget, perKind, m => Console.Error.WriteLine(m));
        watch.Stop();

        var source = campaign.Source;
        var pairs = campaign.Pairs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mutations via pdf: {files.Count(renderer.Renders)} Word/HTML documents, {source.Targets} targets ({source.Unplaced.Count} not placeable, {source.Split} placed over several runs), {pairs.Count} planted, {campaign.Failures.Count} not rendered, {campaign.Unanchored.Count} not a target of the PDF's reading, seed {seed}, {watch.Elapsed.TotalSeconds:0} s (cache {cache})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recall source {MutationCampaign.Recall(pairs.Select(p => p.Source)):0.000}, pdf {campaign.RenderedRecall(pairs):0.000} ({campaign.NotPrinted.Count} changes not printed in the PDF left out); clean PDFs: {campaign.BaselineAlarms.Count} errors/warnings other than rule_text_defect"));
        foreach (var (doc, f) in campaign.BaselineAlarms)
        {
            Console.WriteLine($"  clean alarm {doc}: {f.Check} {f.Severity}: {f.Message}");
        }

        foreach (var (title, group) in new (string, Func<Outcome, string>)[] { ("kind", o => o.Mutation.Target.Kind), ("operator", o => o.Mutation.Operator), ("document", o => o.Document) })
        {
            Console.WriteLine();
            Console.WriteLine("by " + title);
            Table(campaign, group).ToList().ForEach(Console.WriteLine);
        }

        Console.WriteLine();
        var lost = pairs.Where(p => p.Source.Status == OutcomeStatus.Detected && p.Rendered.Status != OutcomeStatus.Detected).ToArray();
        Console.WriteLine($"lost on the PDF path (detected from the source, not from its PDF): {lost.Length}");
        var unanchored = campaign.Unanchored.Select(u => u.Target).ToHashSet();
        foreach (var (_, r) in lost)
        {
            Console.WriteLine($"  {r.Status} {r.Document}: {r.Mutation} [{r.Mutation.Target.Left}|{r.Mutation.Target.Right}]{(unanchored.Contains(r.Mutation.Target) ? " (not a target in the PDF)" : string.Empty)}{(campaign.NotPrinted.Contains(r) ? " (not printed in the PDF)" : string.Empty)} {r.Finding?.Check} {r.Finding?.Message}");
        }

        if (misses)
        {
            foreach (var (s, r) in pairs.Where(p => p.Source.Status != OutcomeStatus.Detected))
            {
                Console.WriteLine($"  source {s.Status}, pdf {r.Status} {s.Document}: {s.Mutation} {s.Finding?.Check} {s.Finding?.Message}");
            }
        }

        foreach (var (doc, m) in campaign.Failures)
        {
            Console.WriteLine($"  not rendered {doc}: {m}");
        }

        return 0;
    }

    /// <summary>One Markdown row per group: the same mutations' outcomes read from the source and from its PDF. The PDF
    /// recall counts a PDF whose reading did not change as missed, and leaves out changes the PDF does not print.</summary>
    private static IEnumerable<string> Table(RenditionCampaign campaign, Func<Outcome, string> group)
    {
        var pairs = campaign.Pairs;
        if (pairs.Count == 0)
        {
            yield break;
        }

        yield return "| group | planted | detected source | detected pdf | lost in pdf | found in pdf only | pdf reading unchanged | not printed in pdf | recall source | recall pdf |";
        yield return "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
        var groups = pairs.GroupBy(p => group(p.Source)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        groups.Add(pairs.GroupBy(_ => "all").First());
        foreach (var g in groups)
        {
            var items = g.ToArray();
            int Count(Func<(Outcome Source, Outcome Rendered), bool> f) => items.Count(f);
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {g.Key} | {items.Length} | {Count(p => p.Source.Status == OutcomeStatus.Detected)} | {Count(p => p.Rendered.Status == OutcomeStatus.Detected)} | {Count(p => p.Source.Status == OutcomeStatus.Detected && p.Rendered.Status != OutcomeStatus.Detected)} | {Count(p => p.Source.Status != OutcomeStatus.Detected && p.Rendered.Status == OutcomeStatus.Detected)} | {Count(p => p.Rendered.Status == OutcomeStatus.NoEffect && !campaign.NotPrinted.Contains(p.Rendered))} | {Count(p => campaign.NotPrinted.Contains(p.Rendered))} | {MutationCampaign.Recall(items.Select(p => p.Source)):0.000} | {campaign.RenderedRecall(items):0.000} |");
        }
    }
}
