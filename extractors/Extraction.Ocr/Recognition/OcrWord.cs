namespace Extraction.Ocr.Recognition;

/// <summary>One word as tesseract read it: text, box in pixels (left, top, right, bottom, exclusive
/// right/bottom) and confidence 0..100.</summary>
internal sealed record OcrWord(string Text, int Left, int Top, int Right, int Bottom, double Confidence)
{
    /// <summary>The recogniser's own reading when <see cref="Text"/> was changed from it (a lost decimal
    /// point put back); null otherwise.</summary>
    public string? Read { get; init; }

    /// <summary>For an all-digit PaddleOCR reading: per gap between characters, the recogniser's highest
    /// odds for a decimal point there (and for a comma); null otherwise. <see cref="LostPointRestorer"/> uses them.</summary>
    public IReadOnlyList<double>? PointOdds { get; init; }

    public IReadOnlyList<double>? CommaOdds { get; init; }

    public int Width => Right - Left;

    public int Height => Bottom - Top;

    public double CenterX => (Left + Right) / 2.0;

    public double CenterY => (Top + Bottom) / 2.0;
}
