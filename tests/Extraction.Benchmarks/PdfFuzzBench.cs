using System.Globalization;
using Extraction.Pdf.Structure;
using Extraction.Reading;

namespace Extraction.Benchmarks;

/// <summary>`pdf-fuzz [cases] [seed] [--scans]`: mutation fuzzing of the PDF object layer over synthetic
/// seeds and the corpus PDFs; prints cases, opened, rejected, crashes, hangs. Exit code 1 on any crash or hang.</summary>
internal sealed class PdfFuzzBench : IBench
{
    public string Name => "pdf-fuzz";

    public string Description => "PDF object layer fuzzing (default 10000 cases): crashes and hangs must be 0";

    public int Run(string[] args)
    {
        if (args.Length == 2 && args[0] == "--replay")
        {
            // Re-runs one saved case (a file) with timing, to investigate a failure.
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var outcome = PdfFuzzHarness.RunCase(File.ReadAllBytes(args[1]), new ReaderOptions { MaxDecodedBytes = 16 * 1024 * 1024 });
            Console.WriteLine($"{watch.ElapsedMilliseconds} ms: {outcome?.GetType().Name ?? "opened"} {outcome?.Message}");
            Console.WriteLine(outcome?.ToString());
            using var file = Extraction.Pdf.Structure.PdfFile.Open(File.ReadAllBytes(args[1]), new ReaderOptions { MaxDecodedBytes = 16 * 1024 * 1024 });
            foreach (var page in file.Pages)
            {
                watch.Restart();
                var bytes = page.GetContentBytes();
                Console.WriteLine($"page {page.Number}: {bytes.Length} bytes in {watch.ElapsedMilliseconds} ms; nonzero {bytes.Count(b => b != 0)}");
                watch.Restart();
                var count = 0;
                var kinds = new Dictionary<string, int>();
                try
                {
                    foreach (var op in page.GetOperations())
                    {
                        count++;
                        kinds[op.Operator.Length > 3 ? "long" : op.Operator] = kinds.GetValueOrDefault(op.Operator.Length > 3 ? "long" : op.Operator) + 1;
                    }
                }
                catch (DocumentReadException ex)
                {
                    Console.WriteLine("  stopped: " + ex.Message);
                }

                Console.WriteLine($"  {count} operations in {watch.ElapsedMilliseconds} ms; " + string.Join(" ", kinds.OrderByDescending(k => k.Value).Take(10).Select(k => k.Key + ":" + k.Value)));
            }

            foreach (var p in file.Problems)
            {
                Console.WriteLine("  problem: " + p.Message);
            }
            return 0;
        }

        var cases = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var c) ? c : 10_000;
        var seed = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var s) ? s : 1;
        var seeds = PdfFuzzHarness.SyntheticSeeds();
        foreach (var file in BenchCorpus.PdfFiles(includeScans: args.Contains("--scans")))
        {
            seeds.Add((Path.GetFileName(file), File.ReadAllBytes(file)));
        }

        var options = new ReaderOptions { MaxDecodedBytes = 16 * 1024 * 1024 };
        var result = PdfFuzzHarness.Run(seeds, cases, seed, options, TimeSpan.FromSeconds(10));
        Console.WriteLine($"pdf-fuzz: seeds {seeds.Count}, cases {result.Cases}, opened {result.Opened}, rejected (typed error) {result.Rejected}, crashes {result.Crashes}, hangs {result.Hangs}");
        Console.WriteLine($"  slowest case {result.MaxMilliseconds:0} ms, total {result.TotalSeconds:0.0} s");
        Console.WriteLine("  mutations: " + string.Join(", ", result.Mutations.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} {m.Value}")));
        foreach (var failure in result.Failures)
        {
            Console.WriteLine("  " + failure);
        }

        return result.Crashes == 0 && result.Hangs == 0 ? 0 : 1;
    }
}
