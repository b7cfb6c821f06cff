using System.Diagnostics;
using System.Globalization;
using Extraction.Model;
using Extraction.Ocr;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Recognition;
using Extraction.Ocr.Tools;
using Extraction.Reading;

namespace Extraction.Benchmarks;

/// <summary>Seconds per page of the OCR path (deskew, rules, composite tesseract pass, digit pass,
/// assembly; pages in parallel) against bare `tesseract page.pgm out -l chi_sim` on the same rendered
/// page images, plus the warm-cache rerun of the whole recogniser.</summary>
internal sealed class OcrBench : IBench
{
    public string Name => "ocr";

    public string Description => "OCR s/page vs bare tesseract on the same page images: ocr [file.pdf] [first page] [page count]";

    public int Run(string[] args)
    {
        var pdf = args.Length > 0 ? args[0] : Path.Combine("corpus", "seeds", "seed002.scan.pdf");
        var first = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var pageCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var recognizer = new OcrRecognizer();
        if (!recognizer.IsAvailable(out var reason))
        {
            Console.Error.WriteLine(reason);
            return 1;
        }

        var options = OcrOptions.Default with { CacheDirectory = null };
        var work = Directory.CreateTempSubdirectory("ocr-bench-").FullName;
        try
        {
            var numbers = Enumerable.Range(first, pageCount).ToArray();
            var images = numbers.Select(n => Poppler.RenderPage(pdf, n, options.Dpi, options.ToolTimeout, CancellationToken.None)).ToArray();
            var paths = new string[images.Length];
            for (var i = 0; i < images.Length; i++)
            {
                paths[i] = Path.Combine(work, $"page{i + 1}.pgm");
                File.WriteAllBytes(paths[i], PnmCodec.WritePgm(images[i]));
            }

            var bare = Stopwatch.StartNew();
            foreach (var path in paths)
            {
                ProcessRunner.Run("tesseract", [path, Path.ChangeExtension(path, null), "-l", "chi_sim"], options.ToolTimeout, CancellationToken.None);
            }

            bare.Stop();

            var ours = Stopwatch.StartNew();
            Parallel.For(0, images.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelPages }, i =>
            {
                var observation = PageImageAnalyzer.Analyze(images[i], options.Dpi, options, new TesseractWordReader(options, work), CancellationToken.None);
                PageAssembler.Assemble(numbers[i], observation, null, null);
            });
            ours.Stop();

            // Whole recogniser (render + analyse) cold, then warm from its cache.
            var cached = OcrOptions.Default with { CacheDirectory = Path.Combine(work, "cache") };
            var pages = numbers.Select(n => new Page(n, [], Kind: PageKind.NeedsOcr)).ToList();
            var cold = Stopwatch.StartNew();
            new OcrRecognizer(cached).Recognize(new SourceFile(pdf), pages, CancellationToken.None);
            cold.Stop();
            var warm = Stopwatch.StartNew();
            new OcrRecognizer(cached).Recognize(new SourceFile(pdf), pages, CancellationToken.None);
            warm.Stop();

            double PerPage(Stopwatch s) => s.Elapsed.TotalSeconds / pageCount;
            Console.WriteLine(FormattableString.Invariant($"pages: {first}..{first + pageCount - 1} of {Path.GetFileName(pdf)} at {options.Dpi} dpi, {Environment.ProcessorCount} cores, {options.MaxParallelPages} pages at once"));
            Console.WriteLine(FormattableString.Invariant($"bare tesseract -l chi_sim : {PerPage(bare):0.00} s/page"));
            Console.WriteLine(FormattableString.Invariant($"OCR path (same images)   : {PerPage(ours):0.00} s/page  ratio {ours.Elapsed / bare.Elapsed:0.00}x"));
            Console.WriteLine(FormattableString.Invariant($"recogniser cold (render+OCR): {PerPage(cold):0.00} s/page; warm cache rerun: {PerPage(warm):0.00} s/page"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
