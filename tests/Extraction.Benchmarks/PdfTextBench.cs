using System.Diagnostics;
using System.Globalization;
using Extraction.Cli;
using Extraction.Model;
using Extraction.Pdf;
using Extraction.Reading;

namespace Extraction.Benchmarks;

/// <summary>PDF text extraction and the full pipeline against `pdftotext -bbox-layout` on the same files,
/// side by side in one run, plus peak memory on a 100-page file built with qpdf from the corpus PDFs.
/// Usage: pdf-text [corpus-dir] (default ./corpus); scanned PDFs (*.scan.pdf) are skipped.</summary>
internal sealed class PdfTextBench : IBench
{
    private const int Repeats = 3;

    public string Name => "pdf-text";

    public string Description => "PDF text and full check vs pdftotext -bbox-layout; peak memory on 100 pages";

    public int Run(string[] args)
    {
        var corpus = args.Length > 0 ? args[0] : "corpus";
        var files = new[] { "seeds", "realdocs" }
            .Select(g => Path.Combine(corpus, g))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.pdf"))
            .Where(f => !f.EndsWith(".scan.pdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"no PDFs under {corpus}/seeds or {corpus}/realdocs");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("pdf-text-bench");
        try
        {
            var big = Path.Combine(work.FullName, "hundred-pages.pdf");
            var bigPages = MakeHundredPages(files, big);

            // Peak memory first, in a fresh process state: the 100-page file's text extraction alone.
            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var bigTime = Time(() => ExtractText(big));
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine(FormattableString.Invariant(
                $"100-page file ({bigPages} pages): text {bigTime:0} ms, peak working set {peak / 1048576.0:0} MB (before {before / 1048576.0:0} MB)"));

            var pipeline = Composition.Pipeline();
            ExtractText(files[0]); // JIT warm-up
            Console.WriteLine();
            Console.WriteLine("file | pages | ours text ms | pdftotext -bbox-layout ms | ratio | full check ms | ratio");
            double sumOurs = 0, sumTheirs = 0, sumFull = 0;
            foreach (var file in files.Append(big))
            {
                var pages = ExtractText(file);
                var ours = Median(() => ExtractText(file));
                var theirs = Median(() => Pdftotext(file));
                var full = Median(() => pipeline.Process(new SourceFile(file), CancellationToken.None));
                sumOurs += ours;
                sumTheirs += theirs;
                sumFull += full;
                Console.WriteLine(FormattableString.Invariant(
                    $"{Path.GetFileName(file)} | {pages} | {ours:0} | {theirs:0} | {ours / theirs:0.00} | {full:0} | {full / theirs:0.00}"));
            }

            Console.WriteLine(FormattableString.Invariant(
                $"total | | {sumOurs:0} | {sumTheirs:0} | {sumOurs / sumTheirs:0.00} | {sumFull:0} | {sumFull / sumTheirs:0.00}"));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static int ExtractText(string path)
    {
        var document = new PdfReader().Read(new SourceFile(path), ReaderOptions.Default, CancellationToken.None);
        _ = DocumentText.Render(document);
        return document.Pages.Count;
    }

    private static double Median(Action action)
    {
        var times = Enumerable.Range(0, Repeats).Select(_ => Time(action)).Order().ToList();
        return times[times.Count / 2];
    }

    private static double Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }

    private static void Pdftotext(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-bbox-layout", path, "/dev/null"])
        {
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("pdftotext did not start");
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }

    /// <summary>Concatenates corpus PDFs (repeating them) with qpdf until the result has at least 100 pages.</summary>
    private static int MakeHundredPages(List<string> files, string output)
    {
        var chosen = new List<string>();
        var pages = 0;
        for (var i = 0; pages < 100 && i < 1000; i++)
        {
            var file = files[i % files.Count];
            chosen.Add(file);
            pages += PageCount(file);
        }

        var arguments = new List<string> { "--empty", "--pages" };
        arguments.AddRange(chosen);
        arguments.Add("--");
        arguments.Add(output);
        using var process = Process.Start(new ProcessStartInfo("qpdf", arguments) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("qpdf did not start");
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return pages;
    }

    private static int PageCount(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("qpdf", ["--show-npages", file]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("qpdf did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
