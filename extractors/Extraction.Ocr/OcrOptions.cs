namespace Extraction.Ocr;

/// <summary>Immutable OCR settings. Defaults suit scanned Chinese reports; the cache folder comes from
/// EXTRACTION_OCR_CACHE, else $XDG_CACHE_HOME/extraction/ocr, else ~/.cache/extraction/ocr.</summary>
public sealed record OcrOptions
{
    public static OcrOptions Default { get; } = new();

    /// <summary>Which engine reads the words: PaddleOCR (PP-OCRv4 through ONNX Runtime, the default) or
    /// tesseract (the fallback, also used when the models cannot be had).</summary>
    public OcrEngine Engine { get; init; } = OcrEngine.Paddle;

    /// <summary>Folder holding the verified PaddleOCR models (fetched there on first use).</summary>
    public string? ModelDirectory { get; init; } = Paddle.PaddleModelStore.DefaultDirectory();

    /// <summary>Pages detected at once (each detection of a 1920-pixel page input peaks near 0.5 GB).</summary>
    public int DetectionSlots { get; init; } = 2;

    /// <summary>ONNX Runtime threads per detection or recognition run; null: one per core. Runs use all the
    /// cores without spinning while they wait, so pages at once share them instead of queueing behind a
    /// single-threaded run (a page spends most of its time in single-threaded image analysis and many
    /// small recognitions).</summary>
    public int? ThreadsPerRun { get; init; }

    /// <summary>Resolution pages are rendered at (and image files resampled to).</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Tesseract language(s).</summary>
    public string Language { get; init; } = "chi_sim";

    /// <summary>Tesseract page segmentation mode: 6 = one uniform block, which keeps table rows whole.</summary>
    public int PageSegmentationMode { get; init; } = 6;

    /// <summary>Pages recognised at once (each runs one single-threaded tesseract).</summary>
    public int MaxParallelPages { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Time one tool run may take before it is stopped.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Cache folder; null disables the cache.</summary>
    public string? CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>Largest skew (degrees) searched for and corrected.</summary>
    public double MaxSkewDegrees { get; init; } = 3.0;

    public static string? DefaultCacheDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable("EXTRACTION_OCR_CACHE");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return overridden;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "extraction", "ocr");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "extraction", "ocr");
    }
}
