using System.Globalization;
using Extraction.Model;
using Extraction.Ocr.Paddle;
using Extraction.Ocr.Recognition;
using Extraction.Ocr.Tools;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Messages;

namespace Extraction.Ocr;

/// <summary>OCR for image-only pages and image files: page image at 300 dpi gray, skew undone, table
/// rules found and handed to the shared table builder, words read by PaddleOCR (or tesseract with
/// <see cref="OcrEngine.Tesseract"/>, or when the models cannot be had), numbers repaired, confidences
/// kept. Pages run in parallel; observations are cached by image hash, engine and model hash.</summary>
public sealed class OcrRecognizer : IPageRecognizer
{
    private readonly OcrOptions _options;
    private readonly ReaderOptions _limits;

    public OcrRecognizer()
        : this(OcrOptions.Default)
    {
    }

    public OcrRecognizer(OcrOptions options, ReaderOptions? limits = null)
    {
        _options = options;
        _limits = limits ?? ReaderOptions.Default;
    }

    public bool IsAvailable(out string? reason)
    {
        if (_options.Engine == OcrEngine.Paddle && PaddleEngine.Shared(_options, out _) is not null)
        {
            reason = null;
            return true;
        }

        return Tesseract.IsAvailable(_options.Language, out reason);
    }

    public IReadOnlyList<Page> Recognize(SourceFile file, IReadOnlyList<Page> pages, CancellationToken cancellationToken)
    {
        var type = FormatSniffer.Sniff(file);
        var cache = new ObservationCache(_options.CacheDirectory);
        var results = new Page[pages.Count];
        var work = Path.Combine(Path.GetTempPath(), $"extraction-ocr-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        var (reader, fallback) = CreateReader(work);
        try
        {
            // Observe every page first: the lost-point check of a page with too few numbers of its own is
            // calibrated on the document's (same fonts, widths over heights).
            var observed = new (PageObservation? Observation, Page? Failed)[pages.Count];
            Parallel.For(
                0,
                pages.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelPages), CancellationToken = cancellationToken },
                i => observed[i] = ObservePage(file, type, pages[i], cache, reader, cancellationToken));
            var documentWords = observed.Where(o => o.Observation is not null).SelectMany(o => o.Observation!.Words).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                results[i] = observed[i].Failed ?? Assemble(pages[i], observed[i].Observation!, documentWords, fallback);
            }
        }
        finally
        {
            TryDeleteDirectory(work);
        }

        return results;
    }

    private (IWordReader Reader, string? Fallback) CreateReader(string work)
    {
        if (_options.Engine == OcrEngine.Paddle)
        {
            var engine = PaddleEngine.Shared(_options, out var reason);
            if (engine is not null)
            {
                return (new PaddleWordReader(engine), null);
            }

            return (new TesseractWordReader(_options, work), reason ?? string.Empty);
        }

        return (new TesseractWordReader(_options, work), null);
    }

    private (PageObservation? Observation, Page? Failed) ObservePage(SourceFile file, SniffedType type, Page page, ObservationCache cache, IWordReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return (Observe(file, type, page.Number, cache, reader, cancellationToken), null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or TimeoutException or ToolMissingException
                                       or ArgumentException or UnauthorizedAccessException)
        {
            // One unreadable page must not lose the others: the page stays unrecognised, with the reason.
            return (null, page with
            {
                Problems = [.. page.Problems, Problem.Of("ocr", Msg.Of("problem.ocr_page_failed", ("file", file.Name), ("page", page.Number.ToString(CultureInfo.InvariantCulture)), ("detail_en", ex.Message)), page.Number)],
            });
        }
    }

    private static Page Assemble(Page page, PageObservation observation, IReadOnlyList<OcrWord> documentWords, string? fallback)
    {
        // A page turned by a quarter swaps its sides.
        var (width, height) = observation.QuarterTurns % 2 == 1 ? (page.Height, page.Width) : (page.Width, page.Height);
        var recognised = PageAssembler.Assemble(page.Number, observation, width, height, documentWords) with { QuarterTurns = ((observation.QuarterTurns % 4) + 4) % 4 };
        return fallback is null
            ? recognised
            : recognised with
            {
                Problems = [.. recognised.Problems, Problem.Of("ocr", Msg.Of("problem.ocr_fallback", ("page", page.Number.ToString(CultureInfo.InvariantCulture)), ("detail_en", fallback)), page.Number)],
            };
    }

    private PageObservation Observe(SourceFile file, SniffedType type, int number, ObservationCache cache, IWordReader reader, CancellationToken cancellationToken)
    {
        var image = PageImageSource.Load(file, type, number, _options, _limits.MaxDecodedBytes, cancellationToken);
        if (image is null)
        {
            // Formats we cannot decode (TIFF) go to tesseract as they are: words, no table grid.
            return TiffObservation(file, cancellationToken);
        }

        var key = ObservationCache.Key(image, _options.Dpi, _options, reader.Version);
        var cached = cache.TryGet(key);
        if (cached is not null)
        {
            return cached;
        }

        var observation = PageImageAnalyzer.Analyze(image, _options.Dpi, _options, reader, cancellationToken);
        cache.Put(key, observation);
        return observation;
    }

    private PageObservation TiffObservation(SourceFile file, CancellationToken cancellationToken)
    {
        var (words, width, height) = Tesseract.RecognizeFile(file.Path, _options.Language, 3, _options.ToolTimeout, cancellationToken);
        return new PageObservation(width, height, _options.Dpi, 0, [], words,
            words.Count == 0 ? OcrNotes.NoTextInImage : OcrNotes.TiffAsIs);
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
