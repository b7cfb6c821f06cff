using System.Globalization;
using System.Text.Json;
using Extraction.Generator;
using Extraction.Generator.Kinds;
using Extraction.Generator.Rendering;

namespace Extraction.Benchmarks.Generated;

/// <summary>`facts-shapes --seed N --count K [--routes html,...] [--jobs J] [--root DIR] [--verbose]`: documents printing
/// every shape of issue 13 (reworded same fact, text ↔ table, 万元 ↔ 元, count ↔ cell, heading ↔ sentence, list sum,
/// part of a whole), one planted error per copy (every eighth copy clean), read by the pipeline and scored from the
/// per-document JSON with the generated scorer. Prints recall per shape and the errors/warnings on clean copies.</summary>
internal sealed class FactShapesBench : IBench
{
    public string Name => "facts-shapes";

    public string Description => "recall per same-fact/list shape (issue 13) on generated documents, false alarms on clean copies";

    public int Run(string[] args)
    {
        var seed = Int(args, "--seed") ?? 1;
        var count = Int(args, "--count") ?? 80;
        var jobs = Int(args, "--jobs") ?? 2;
        var verbose = args.Contains("--verbose");
        var routes = (MutationsBench.Text(args, "--routes") ?? "html").Split(',')
            .Select(n => Route.Named(n.Trim()) ?? throw new ArgumentException($"--routes: expected one of {string.Join(", ", Route.All.Select(r => r.Name))}, found '{n}'")).ToList();
        var root = Path.GetFullPath(MutationsBench.Text(args, "--root") ?? Path.Combine(".cache", "facts-shapes", "s" + seed.ToString(CultureInfo.InvariantCulture)));
        var docs = ShapeSet.Build(seed, count);
        var scores = new GeneratedRun(root, Console.Out).Run(docs, routes, new Dictionary<string, int>(), jobs);
        Console.WriteLine();
        Console.WriteLine($"facts-shapes: seed {seed}, {count} documents, routes {string.Join(",", routes.Select(r => r.Name))}; files under {root}");
        Console.WriteLine();
        Console.WriteLine("| shape | planted | found | recall |");
        Console.WriteLine("|---|---:|---:|---:|");
        var planted = scores.Where(s => s.Detected is not null).ToList();
        foreach (var shape in FactShapes.Names)
        {
            var g = planted.Where(s => s.TargetKind == shape).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {shape} | {g.Count} | {g.Count(s => s.Detected == true)} | {Ratio(g.Count(s => s.Detected == true), g.Count):0.000} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {planted.Count} | {planted.Count(s => s.Detected == true)} | {Ratio(planted.Count(s => s.Detected == true), planted.Count):0.000} |"));
        var clean = scores.Where(s => s.Clean).ToList();
        Console.WriteLine();
        Console.WriteLine($"clean copies {clean.Count}: false errors {clean.Sum(s => s.Errors)}, false warnings {clean.Sum(s => s.Warnings)}"
            + (clean.Any(s => s.ErrorChecks.Count > 0) ? " (" + string.Join(", ", clean.SelectMany(s => s.ErrorChecks).GroupBy(c => c).Select(g => $"{g.Key} ×{g.Count()}")) + ")" : ""));
        Console.WriteLine($"unplanted copies (no change of the shape broke anything): {docs.Count(d => d.Planted is null) - docs.Count(d => d.Index % (FactShapes.Names.Count + 1) == 0)}");
        if (verbose)
        {
            foreach (var s in scores.Where(s => s.Detected == false || (s.Clean && s.ErrorChecks.Count > 0)))
            {
                var doc = docs.First(d => d.Id == s.Id);
                Console.WriteLine($"  {s.Route} {s.Id} {(s.Clean ? "clean" : $"missed {s.TargetKind} {doc.Planted!.Operator} {doc.Planted.From} → {doc.Planted.To} ({doc.Planted.Origin})")}");
                var report = Path.Combine(root, "out", s.Route, s.Id + ".json");
                if (File.Exists(report))
                {
                    using var json = JsonDocument.Parse(File.ReadAllText(report));
                    foreach (var f in json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() is "error" or "warning"))
                    {
                        Console.WriteLine($"      {f.GetProperty("check").GetString()} {f.GetProperty("severity").GetString()}: {f.GetProperty("message").GetString()}");
                    }
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recall {Ratio(planted.Count(s => s.Detected == true), planted.Count):0.000} min-shape {FactShapes.Names.Select(n => Ratio(planted.Count(s => s.TargetKind == n && s.Detected == true), planted.Count(s => s.TargetKind == n))).Min():0.000} false-errors {clean.Sum(s => s.Errors)} false-warnings {clean.Sum(s => s.Warnings)}"));
        return 0;
    }

    private static decimal Ratio(int found, int total) => total == 0 ? 0m : Math.Round((decimal)found / total, 3, MidpointRounding.AwayFromZero);

    private static int? Int(string[] args, string name) =>
        MutationsBench.Text(args, name) is { } s && int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : null;
}
