namespace Extraction.Pdf.Filters;

/// <summary>Limits and the problem sink for stream decoding.</summary>
internal sealed record DecodeOptions
{
    public static DecodeOptions Default { get; } = new();

    /// <summary>Largest decoded output of one stream (ReaderOptions.MaxDecodedBytes); more is a <see cref="Parsing.PdfLimitException"/>.</summary>
    public long MaxDecodedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Receives recoverable damage (bad checksum, truncated data) as a message.</summary>
    public Action<string>? Report { get; init; }
}
