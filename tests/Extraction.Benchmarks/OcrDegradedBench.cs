using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Extraction.Benchmarks.Ocr;
using Extraction.Ocr;
using Extraction.Ocr.Tools;
using Extraction.Reading;
using Extraction.Tests.Corpus;

namespace Extraction.Benchmarks;

/// <summary>Worse scans of the corpus scans (150 dpi, skew, salt-and-pepper noise, a red seal over the
/// text, JPEG 70) through the whole pipeline: truth score rows (weight and score exact), figures and the
/// stated total, per engine.</summary>
internal sealed class OcrDegradedBench : IBench
{
    public string Name => "ocr-degraded";

    public string Description => "degraded scans (150 dpi, skew, noise, seal) of seed002/003.scan through the pipeline: ocr-degraded [--ocr tesseract] [--seed N] [--skew DEG] [--noise P] [--keep DIR [--make-only]]";

    public int Run(string[] args)
    {
        string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var engine = Arg("--ocr") is { } e && e.Equals("tesseract", StringComparison.OrdinalIgnoreCase) ? OcrEngine.Tesseract : OcrEngine.Paddle;
        var seed = int.Parse(Arg("--seed") ?? "1", CultureInfo.InvariantCulture);
        var skew = double.Parse(Arg("--skew") ?? "1.2", CultureInfo.InvariantCulture);
        var noise = double.Parse(Arg("--noise") ?? "0.003", CultureInfo.InvariantCulture);
        var work = Directory.CreateTempSubdirectory("ocr-degraded-").FullName;
        try
        {
            var root = OcrBench.RepositoryRoot();
            Console.WriteLine(FormattableString.Invariant($"engine {engine}; 150 dpi, skew {skew}°, noise {noise:P1}, red seal over text, JPEG 70, seed {seed}; cold OCR cache"));
            Console.WriteLine("| document | pages | s/page | score rows | figures | stated total |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var id in new[] { "seed002", "seed003" })
            {
                var scan = Path.Combine(root, "corpus", "seeds", id + ".scan.pdf");
                var count = PageCount(scan);
                var pages = Enumerable.Range(1, count)
                    .Select(n => ScanDegrader.Degrade(Poppler.RenderPage(scan, n, 300, TimeSpan.FromMinutes(2), CancellationToken.None), (seed * 100) + n, n % 2 == 0 ? skew : -skew, noise))
                    .ToList();
                var pdf = Path.Combine(work, id + ".degraded.pdf");
                File.WriteAllBytes(pdf, ImagePdf.Write(pages, 150));
                if (Arg("--keep") is { } keep)
                {
                    Directory.CreateDirectory(keep);
                    File.Copy(pdf, Path.Combine(keep, Path.GetFileName(pdf)), overwrite: true);
                    if (args.Contains("--make-only"))
                    {
                        continue;
                    }
                }

                var recognizer = new OcrRecognizer(OcrOptions.Default with { Engine = engine, CacheDirectory = null });
                var stages = Cli.Composition.Stages(engine) with { Recognizer = recognizer };
                var time = Stopwatch.StartNew();
                var result = new Pipeline.DocumentPipeline(stages, ReaderOptions.Default).Process(new SourceFile(pdf), CancellationToken.None);
                time.Stop();

                using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "corpus", "truth", id + ".truth.json")));
                var misses = new List<string>();
                var rows = CorpusMatching.ScoreRowFraction(TruthRows.From(truth.RootElement.GetProperty("score_table")), result.ScoreTables, misses);
                var figures = TruthFigures.Recall(truth.RootElement.GetProperty("figures"), result.Figures, []);
                var stated = truth.RootElement.GetProperty("stated_total").GetDecimal();
                Console.WriteLine(FormattableString.Invariant(
                    $"| {id} degraded | {count} | {time.Elapsed.TotalSeconds / count:0.0} | {rows:P1} | {figures:P1} | {(result.Metadata.StatedTotal?.Value == stated ? "✓" : "✗ " + result.Metadata.StatedTotal?.Text)} |"));
                misses.ForEach(m => Console.Error.WriteLine($"  {id} row {m}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static int PageCount(string pdf)
    {
        var result = ProcessRunner.Run("pdfinfo", [pdf], TimeSpan.FromMinutes(1), CancellationToken.None);
        var line = System.Text.Encoding.UTF8.GetString(result.StandardOutput).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }
}
