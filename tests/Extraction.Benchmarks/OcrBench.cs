using System.Diagnostics;
using System.Globalization;
using Extraction.Benchmarks.Ocr;
using Extraction.Ocr;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Paddle;
using Extraction.Ocr.Recognition;
using Extraction.Ocr.Tools;

namespace Extraction.Benchmarks;

/// <summary>One run, the same 300-dpi page images: bare `tesseract page.pgm out -l chi_sim` (sequential,
/// its own threads) against the PaddleOCR path (rotation, deskew, rules, detection, recognition; pages in
/// parallel) and optionally the tesseract path: seconds per page, peak memory, and agreement with the text
/// rendering of the same report (characters, digits, numbers verbatim).</summary>
internal sealed class OcrBench : IBench
{
    private static readonly (string Scan, string Text, int[] Pages)[] DefaultPages =
    [
        ("seed002.scan.pdf", "seed002.pdf", [2, 3, 6, 7]),
        ("seed003.scan.pdf", "seed003.pdf", [2, 3, 10, 11]),
    ];

    public string Name => "ocr";

    public string Description => "OCR s/page, peak memory, accuracy vs bare tesseract on the same images: ocr [all] [--tesseract-path] [--threads N]";

    public int Run(string[] args)
    {
        var threadsAt = Array.IndexOf(args, "--threads");
        var options = OcrOptions.Default with
        {
            CacheDirectory = null,
            ThreadsPerRun = threadsAt >= 0 && threadsAt + 1 < args.Length ? int.Parse(args[threadsAt + 1], CultureInfo.InvariantCulture) : null,
        };
        var engine = PaddleEngine.Shared(options, out var reason);
        if (engine is null || !Tesseract.IsAvailable("chi_sim", out reason))
        {
            Console.Error.WriteLine(reason);
            return 1;
        }

        var seeds = Path.Combine(RepositoryRoot(), "corpus", "seeds");
        var selection = args.Contains("all")
            ? DefaultPages.Select(d => (d.Scan, d.Text, Pages: Enumerable.Range(1, PageCount(Path.Combine(seeds, d.Scan))).ToArray())).ToArray()
            : DefaultPages;
        var pages = selection.SelectMany(d => d.Pages.Select(n => (Scan: Path.Combine(seeds, d.Scan), Text: Path.Combine(seeds, d.Text), Number: n))).ToArray();
        var work = Directory.CreateTempSubdirectory("ocr-bench-").FullName;
        try
        {
            var images = pages.Select(p => Poppler.RenderPage(p.Scan, p.Number, 300, options.ToolTimeout, CancellationToken.None)).ToArray();
            var truths = pages.Select(p => TextOf(p.Text, p.Number)).ToArray();

            // PaddleOCR path first, so this process's peak memory is its own (tesseract runs as child processes).
            var paddleTexts = new string[images.Length];
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var paddle = Stopwatch.StartNew();
            Parallel.For(0, images.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelPages }, i =>
            {
                var observation = PageImageAnalyzer.Analyze(images[i], 300, options, new PaddleWordReader(engine), CancellationToken.None);
                paddleTexts[i] = ReadingText(observation);
            });
            paddle.Stop();
            var paddleCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var paddlePeak = Process.GetCurrentProcess().PeakWorkingSet64;

            var bareTexts = new string[images.Length];
            long barePeakKb = 0;
            double bareCpu = 0;
            var bare = new Stopwatch();
            for (var i = 0; i < images.Length; i++)
            {
                var path = Path.Combine(work, $"page{i + 1}.pgm");
                File.WriteAllBytes(path, PnmCodec.WritePgm(images[i]));
                var peakFile = path + ".peak";
                bare.Start();
                ProcessRunner.Run("/usr/bin/time", ["-f", "%M %U %S", "-o", peakFile, "tesseract", path, Path.ChangeExtension(path, null), "-l", "chi_sim"], options.ToolTimeout, CancellationToken.None);
                bare.Stop();
                var measured = File.ReadAllText(peakFile).Trim().Split('\n')[^1].Split(' ');
                barePeakKb = Math.Max(barePeakKb, long.Parse(measured[0], CultureInfo.InvariantCulture));
                bareCpu += double.Parse(measured[1], CultureInfo.InvariantCulture) + double.Parse(measured[2], CultureInfo.InvariantCulture);
                bareTexts[i] = File.ReadAllText(Path.ChangeExtension(path, ".txt"));
            }

            string[]? tessTexts = null;
            var tess = new Stopwatch();
            if (args.Contains("--tesseract-path"))
            {
                tessTexts = new string[images.Length];
                tess.Start();
                Parallel.For(0, images.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelPages }, i =>
                    tessTexts[i] = ReadingText(PageImageAnalyzer.Analyze(images[i], 300, options, new TesseractWordReader(options, work), CancellationToken.None)));
                tess.Stop();
            }

            var n = images.Length;
            Console.WriteLine(FormattableString.Invariant($"{n} pages ({string.Join("; ", selection.Select(s => $"{s.Scan} {string.Join(",", s.Pages)}"))}) at 300 dpi; {Environment.ProcessorCount} cores, {options.MaxParallelPages} pages at once, {options.ThreadsPerRun ?? Environment.ProcessorCount} ONNX threads per run; truth: pdftotext of the text rendering"));
            Console.WriteLine("| engine | wall s/page | ratio | CPU s/page | CPU ratio | peak memory | characters | digits | numbers verbatim |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            Row("bare tesseract -l chi_sim", bare, bare, bareCpu, bareCpu, barePeakKb * 1024.0, truths, bareTexts, n);
            Row("PaddleOCR path (PP-OCRv4, ONNX Runtime)", paddle, bare, paddleCpu, bareCpu, paddlePeak, truths, paddleTexts, n);
            if (tessTexts is not null)
            {
                Row("tesseract path (composite + digit pass)", tess, bare, double.NaN, bareCpu, double.NaN, truths, tessTexts, n);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Row(string name, Stopwatch time, Stopwatch reference, double cpu, double referenceCpu, double peakBytes, string[] truths, string[] texts, int pages)
    {
        int ct = 0, ca = 0, dt = 0, da = 0, nt = 0, nf = 0;
        for (var i = 0; i < truths.Length; i++)
        {
            var c = TextAgreement.Characters(truths[i], texts[i]);
            var d = TextAgreement.Digits(truths[i], texts[i]);
            var m = TextAgreement.Numbers(truths[i], texts[i]);
            (ct, ca, dt, da, nt, nf) = (ct + c.Truth, ca + c.Agreeing, dt + d.Truth, da + d.Agreeing, nt + m.Truth, nf + m.Found);
        }

        var peak = double.IsNaN(peakBytes) ? "–" : FormattableString.Invariant($"{peakBytes / (1 << 20):0} MiB");
        Console.WriteLine(FormattableString.Invariant(
            $"| {name} | {time.Elapsed.TotalSeconds / pages:0.00} | {time.Elapsed / reference.Elapsed:0.00}× | {(double.IsNaN(cpu) ? "–" : (cpu / pages).ToString("0.00", CultureInfo.InvariantCulture))} | {(double.IsNaN(cpu) ? "–" : (cpu / referenceCpu).ToString("0.00", CultureInfo.InvariantCulture) + "×")} | {peak} | {(double)ca / ct:0.000} | {(double)da / dt:0.000} | {(double)nf / nt:0.000} ({nf}/{nt}) |"));
    }

    /// <summary>The reading as text: words by line (centre rows), left to right.</summary>
    private static string ReadingText(PageObservation observation) =>
        string.Join("\n", observation.Words.OrderBy(w => w.Top).ThenBy(w => w.Left).Select(w => w.Text));

    private static string TextOf(string pdf, int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var result = ProcessRunner.Run("pdftotext", ["-f", number, "-l", number, "-enc", "UTF-8", pdf, "-"], TimeSpan.FromMinutes(1), CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(result.StandardOutput);
    }

    private static int PageCount(string pdf)
    {
        var result = ProcessRunner.Run("pdfinfo", [pdf], TimeSpan.FromMinutes(1), CancellationToken.None);
        var line = System.Text.Encoding.UTF8.GetString(result.StandardOutput).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = Directory.GetCurrentDirectory(); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Extraction.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("run from the repository (Extraction.sln not found)");
    }
}
