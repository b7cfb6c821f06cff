namespace Extraction.Ocr.Recognition;

/// <summary>One word as tesseract read it: text, box in pixels (left, top, right, bottom, exclusive
/// right/bottom) and confidence 0..100.</summary>
internal sealed record OcrWord(string Text, int Left, int Top, int Right, int Bottom, double Confidence)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;

    public double CenterX => (Left + Right) / 2.0;

    public double CenterY => (Top + Bottom) / 2.0;
}
