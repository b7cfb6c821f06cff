namespace Extraction.Ocr.Paddle;

/// <summary>A detected text line: box in page pixels (exclusive right/bottom) and the detector's mean
/// probability over it.</summary>
internal readonly record struct TextBox(int Left, int Top, int Right, int Bottom, double Score)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;
}
