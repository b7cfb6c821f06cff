namespace Extraction.Ocr.Recognition;

/// <summary>A rectangle in page pixels (exclusive right/bottom).</summary>
internal readonly record struct PixelBox(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;

    public double CenterX => (Left + Right) / 2.0;

    public double CenterY => (Top + Bottom) / 2.0;

    public bool Contains(double x, double y) => x >= Left && x < Right && y >= Top && y < Bottom;

    public PixelBox? Intersect(PixelBox other)
    {
        var left = Math.Max(Left, other.Left);
        var top = Math.Max(Top, other.Top);
        var right = Math.Min(Right, other.Right);
        var bottom = Math.Min(Bottom, other.Bottom);
        return right > left && bottom > top ? new PixelBox(left, top, right, bottom) : null;
    }
}
