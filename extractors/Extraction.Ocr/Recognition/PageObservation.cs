using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Recognition;

/// <summary>What was seen on one page image, in pixels of the deskewed image: its size and resolution,
/// the quarter turns and the skew that were corrected, the table rules, and the words with confidences. This is what the
/// cache stores; turning it into the document model is cheap and redone on every run.</summary>
internal sealed record PageObservation(
    int Width,
    int Height,
    int Dpi,
    double SkewDegrees,
    IReadOnlyList<PixelLine> Lines,
    IReadOnlyList<OcrWord> Words,
    string? Note)
{
    /// <summary>Clockwise quarter turns applied before everything else (the page lay on its side or upside down).</summary>
    public int QuarterTurns { get; init; }
}
