using System.Globalization;
using Extraction.Generator.Rendering;
using Extraction.Generator.Scoring;

namespace Extraction.Benchmarks.Generated;

/// <summary>`generated --seed N --count K [--routes a,b|all|cheap] [--limit route=n,...] [--jobs J] [--root DIR] [--misses FILE]`: documents
/// built from truth, rendered by every route, read by the pipeline, scored from the per-document JSON (docs/generated.md).
/// Ends with one line: rows R figures F totals T recall R false-errors N table-f1 S.</summary>
internal sealed class GeneratedBench : IBench
{
    public string Name => "generated";

    public string Description => "accuracy on generated documents with truth by construction, per route and relation kind";

    public int Run(string[] args)
    {
        var seed = Int(args, "--seed") ?? 1;
        var count = Int(args, "--count") ?? 30;
        var jobs = Int(args, "--jobs") ?? 2;
        var routeArg = MutationsBench.Text(args, "--routes") ?? "all";
        var routes = routeArg switch
        {
            "all" => Route.All.ToList(),
            "cheap" => Route.All.Where(r => r.Cheap).ToList(),
            _ => routeArg.Split(',').Select(n => Route.Named(n.Trim()) ?? throw new ArgumentException($"--routes: expected one of {string.Join(", ", Route.All.Select(r => r.Name))}, found '{n}'")).ToList(),
        };
        // Scans go through OCR (tens of seconds a page here): by default only the first documents take them.
        var limits = new Dictionary<string, int> { ["scan-150"] = Math.Min(count, 10), ["scan-300"] = Math.Min(count, 5) };
        foreach (var pair in (MutationsBench.Text(args, "--limit") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            limits[parts[0]] = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        var root = MutationsBench.Text(args, "--root") ?? Path.Combine(".cache", "generated", "s" + seed.ToString(CultureInfo.InvariantCulture));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var scores = new GeneratedRun(Path.GetFullPath(root), Console.Out).Run(seed, count, routes, limits, jobs);
        var summary = new Summary(scores);
        Console.WriteLine();
        Console.WriteLine($"generated: seed {seed}, {count} documents ({summary.CleanCopies} clean renderings), {scores.Select(s => s.Route).Distinct().Count()} routes, {watch.Elapsed.TotalSeconds:0} s; files under {root}");
        Console.WriteLine();
        Console.Write(summary.Tables());
        Console.WriteLine(summary.Line());
        if (MutationsBench.Text(args, "--misses") is { } missesPath)
        {
            WriteMisses(missesPath, scores);
        }

        return 0;
    }

    /// <summary>Every fault the scorer counted, a line each: route, id, genre, clean|mutated, then the fault's own fields
    /// (docs/generated.md). Written whole or not at all.</summary>
    private static void WriteMisses(string path, IReadOnlyList<DocScore> scores)
    {
        var lines = scores.SelectMany(s => s.Faults.Select(f => $"{s.Route}\t{s.Id}\t{s.Kind}\t{(s.Clean ? "clean" : "mutated")}\t{f}"))
            .Order(StringComparer.Ordinal);
        var temp = path + ".tmp";
        File.WriteAllLines(temp, lines, new System.Text.UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
        Console.WriteLine($"faults: {scores.Sum(s => s.Faults.Count)} lines in {path}");
    }

    private static int? Int(string[] args, string name) =>
        MutationsBench.Text(args, name) is { } s && int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : null;
}
