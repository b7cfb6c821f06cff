using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extraction.Cli;
using Extraction.Generator;
using Extraction.Generator.Rendering;
using Extraction.Reading;
using Extraction.Results;
using Extraction.Rules.Facts;

namespace Extraction.Benchmarks.Facts;

/// <summary>`facts-linker [--train-seeds 11,12,13] [--count 30] [--test-seed 99] [--test-count 30] [--test-set
/// generated|shapes] [--route html] [--save DIR]`: same-fact linking learned from generated documents' truth (mention groups). Renders each set by one
/// route, reads it with the pipeline, maps truth mentions to facts, labels every candidate pair (same quantity or
/// not), trains the FastTree model on the training seeds and compares it with the rules-only scorer on the held-out
/// seed (generated documents, or the issue-13 shape documents of <see cref="ShapeSet"/> with --test-set shapes): pair precision and recall over the candidates, over every truth pair, and over conflicting pairs (mentions
/// of one quantity printed with values that do not meet: the planted same-fact errors). With --save the model and
/// its card (command, data hash, figures) are written to DIR.</summary>
internal sealed class LinkerBench : IBench
{
    public string Name => "facts-linker";

    public string Description => "trains the same-fact linker on generated truth and compares it with the rules baseline on a held-out seed";

    public int Run(string[] args)
    {
        var trainSeeds = (MutationsBench.Text(args, "--train-seeds") ?? "11,12,13").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var count = Int(args, "--count") ?? 30;
        var testSeed = Int(args, "--test-seed") ?? 99;
        var testCount = Int(args, "--test-count") ?? 30;
        var routeName = MutationsBench.Text(args, "--route") ?? "html";
        var save = MutationsBench.Text(args, "--save");
        var shapes = MutationsBench.Text(args, "--test-set") is "shapes";
        var route = Route.Named(routeName) ?? throw new ArgumentException($"--route: unknown route '{routeName}'");

        var train = trainSeeds.SelectMany(s => Collect(s, count, route)).ToList();
        var test = Collect(testSeed, testCount, route, shapes);
        var hash = Hash(train);
        Console.WriteLine($"training rows {train.Count} (positives {train.Count(r => r.Label)}), data sha256 {hash}");
        var model = LinkModel.Train(train.Select(r => new LinkModel.Row { Features = r.Features, Label = r.Label }), out var schema);
        var ml = new MlLinkScorer(model);
        var rules = new RuleLinkScorer();
        var lines = new List<string>
        {
            $"held-out seed {testSeed}, {testCount} {(shapes ? "shape " : string.Empty)}documents, route {routeName}: {test.Count} labelled candidate pairs, {test.Count(r => r.Label)} same-quantity",
            "| scorer | precision | recall | F1 | conflicts found | conflict precision |",
            "|---|---|---|---|---|---|",
        };
        foreach (ILinkScorer scorer in new ILinkScorer[] { rules, ml })
        {
            var (p, r, f1, cr, cp) = Evaluate(scorer, test);
            lines.Add($"| {scorer.Name} | {p:0.000} | {r:0.000} | {f1:0.000} | {cr} | {cp:0.000} |");
        }

        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        if (save is not null)
        {
            Directory.CreateDirectory(save);
            LinkModel.Save(model, schema, Path.Combine(save, "linker.zip"));
            var card = new StringBuilder();
            card.AppendLine("# Same-fact linker model");
            card.AppendLine();
            card.AppendLine("Trained by:");
            card.AppendLine();
            card.AppendLine($"    dotnet run --project tests/Extraction.Benchmarks -c Release -- facts-linker --train-seeds {string.Join(',', trainSeeds)} --count {count} --test-seed {testSeed} --test-count {testCount} --route {routeName} --save {save}");
            card.AppendLine();
            card.AppendLine($"Training data: {train.Count} labelled candidate pairs ({train.Count(r => r.Label)} same-quantity) from generated seeds {string.Join(", ", trainSeeds)} ({count} documents each, route {routeName}); SHA-256 of the rows (features and label, invariant culture, one per line): `{hash}`.");
            card.AppendLine($"Features ({PairFeatures.Count}): {string.Join(", ", PairFeatures.Names)}.");
            card.AppendLine();
            foreach (var line in lines)
            {
                card.AppendLine(line);
            }

            File.WriteAllText(Path.Combine(save, "linker.md"), card.ToString());
        }

        return 0;
    }

    private sealed record Labelled(float[] Features, bool Label, FactPair Pair, bool Conflict);

    private static (double P, double R, double F1, string Conflicts, double ConflictP) Evaluate(ILinkScorer scorer, IReadOnlyList<Labelled> rows)
    {
        int tp = 0, fp = 0, fn = 0, ctp = 0, cfp = 0, cpos = 0;
        foreach (var row in rows)
        {
            var linked = scorer.Score(row.Pair) >= 0.5;
            var conflict = row.Pair.Features.Meet == 0;
            if (row.Label && conflict)
            {
                cpos++;
            }

            if (linked && row.Label)
            {
                tp++;
                ctp += conflict ? 1 : 0;
            }
            else if (linked)
            {
                fp++;
                cfp += conflict ? 1 : 0;
            }
            else if (row.Label)
            {
                fn++;
            }
        }

        var p = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var cp = ctp + cfp == 0 ? 1 : (double)ctp / (ctp + cfp);
        return (p, r, f1, $"{ctp}/{cpos}", cp);
    }

    private static List<Labelled> Collect(int seed, int count, Route route, bool shapes = false)
    {
        var root = Path.GetFullPath(Path.Combine(".cache", "generated", (shapes ? "f" : "s") + seed.ToString(CultureInfo.InvariantCulture)));
        var docs = shapes ? ShapeSet.Build(seed, count) : GeneratedSet.Build(seed, count);
        var renderer = new RouteRenderer(root, TextWriter.Null);
        renderer.WriteTruth(docs);
        var files = renderer.Render(route, docs);
        var pipeline = Composition.Pipeline();
        var rows = new List<Labelled>();
        var mapped = 0;
        var mentions = 0;
        foreach (var doc in docs)
        {
            if (files[doc.Id] is not { } file)
            {
                continue;
            }

            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(300));
            var result = pipeline.Process(new SourceFile(file), cts.Token);
            var map = TruthMapper.Map(doc, result);
            mapped += map.Count;
            mentions += doc.Document.Mentions.Count;
            var facts = result.Facts.Select(f => f with { Group = f.Id }).ToArray();
            var candidates = FactLinker.Candidates(facts).ToList();
            if (Environment.GetEnvironmentVariable("FACTS_DEBUG") is "1")
            {
                foreach (var g in map.GroupBy(kv => kv.Value).Where(g => g.Count() >= 2))
                {
                    Console.WriteLine($"{doc.Id} {g.Key} {doc.Document.Quantities[g.Key].Measure}");
                    foreach (var id in g.Select(kv => kv.Key))
                    {
                        var f = facts[id];
                        Console.WriteLine($"    [{f.Origin}] m={f.Measure} core={f.Core} p={f.Period} s={f.Scope} c={f.Category} {f.Text} linked={candidates.Any(c => c.A.Id == id || c.B.Id == id)}");
                    }
                }
            }

            foreach (var pair in candidates)
            {
                if (map.TryGetValue(pair.A.Id, out var qa) && map.TryGetValue(pair.B.Id, out var qb))
                {
                    rows.Add(new Labelled(pair.Features.Vector(), qa == qb, pair, pair.Features.Meet == 0));
                }
            }
        }

        Console.WriteLine($"seed {seed}: {count} documents, {mapped} of {mentions} truth mentions mapped to facts, {rows.Count} labelled candidate pairs");
        return rows;
    }

    private static string Hash(IEnumerable<Labelled> rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows)
        {
            sb.Append(string.Join(',', r.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture)))).Append(',').Append(r.Label ? '1' : '0').Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()))).ToLowerInvariant();
    }

    private static int? Int(string[] args, string name) =>
        MutationsBench.Text(args, name) is { } s && int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : null;
}
