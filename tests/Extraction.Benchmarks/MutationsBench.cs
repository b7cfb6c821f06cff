using System.Globalization;
using Extraction.Cli;
using Extraction.Benchmarks.Rendering;
using Extraction.Tests.Mutations;

namespace Extraction.Benchmarks;

/// <summary>`mutations [--seed S] [--per-target N] [--per-kind K] [--txt] [--misses] [--unplaced] [--via pdf [--fonts F|system]] [files...]`:
/// plants one error per copy of clean documents and reports the share the checks find, per mutation kind and per
/// document. With `--via pdf` the Word and HTML sources' copies are also printed to PDF by LibreOffice and read from there
/// (<see cref="PdfPath"/>).</summary>
internal sealed class MutationsBench : IBench
{
    public string Name => "mutations";

    public string Description => "recall of planted errors per kind and document (seed HTML/DOCX + Markdown report by default)";

    public int Run(string[] args)
    {
        var seed = Option(args, "--seed") ?? 1;
        var perTarget = Option(args, "--per-target") ?? 2;
        var perKind = Option(args, "--per-kind");
        var files = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal) || args[i - 1] is "--txt" or "--misses" or "--unplaced")).ToArray();
        if (files.Length == 0)
        {
            files = [.. MutationCorpus.Files(includeText: args.Contains("--txt"))];
        }

        if (Text(args, "--via") is { } via)
        {
            return via == "pdf" ? PdfPath.Run(files, seed, perTarget, perKind, args.Contains("--misses"), Text(args, "--fonts"))
                : Fail($"--via: expected pdf, found '{via}'");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var campaign = new MutationCampaign(new MutationHarness(BenchPipeline.Create()));
        campaign.Run(files, seed, perTarget, perKind);
        watch.Stop();

        var outcomes = campaign.Outcomes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mutations: {files.Length} documents, {campaign.Targets} targets ({campaign.Unplaced.Count} not placeable in the source, {campaign.Split} placed over several runs/elements), {outcomes.Count} planted, {campaign.Refused} refused (inside rounding), seed {seed}, {watch.Elapsed.TotalSeconds:0.0} s ({watch.Elapsed.TotalMilliseconds / Math.Max(1, outcomes.Count):0} ms/mutation)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recall {MutationCampaign.Recall(outcomes):0.000}; clean documents: {campaign.BaselineAlarms.Count} errors/warnings other than rule_text_defect; identity copies: {campaign.IdentityFindings.Count} new findings"));
        foreach (var (doc, f) in campaign.BaselineAlarms)
        {
            Console.WriteLine($"  clean alarm {doc}: {f.Check} {f.Severity}: {f.Message}");
        }

        Console.WriteLine();
        Console.WriteLine("by kind");
        MutationCampaign.Table(outcomes, o => o.Mutation.Target.Kind).ToList().ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("by operator");
        MutationCampaign.Table(outcomes, o => o.Mutation.Operator).ToList().ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("by document");
        MutationCampaign.Table(outcomes, o => o.Document).ToList().ForEach(Console.WriteLine);
        if (args.Contains("--misses"))
        {
            Console.WriteLine();
            foreach (var o in outcomes.Where(o => o.Status is not OutcomeStatus.Detected))
            {
                Console.WriteLine($"{o.Status} {o.Document}: {o.Mutation} [{o.Mutation.Target.Left}|{o.Mutation.Target.Right}] {o.Finding?.Check} {o.Finding?.Message}");
            }
        }

        if (args.Contains("--unplaced"))
        {
            foreach (var (doc, t) in campaign.Unplaced)
            {
                Console.WriteLine($"unplaced {doc}: {t.Kind} {t.Where} '{t.Text}' [{t.Left}|{t.Right}]");
            }
        }

        return 0;
    }

    public static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    private static int? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
