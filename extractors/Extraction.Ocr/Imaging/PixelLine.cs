namespace Extraction.Ocr.Imaging;

/// <summary>A ruling line found in an image, in pixels: horizontal lines run from
/// <see cref="Start"/> to <see cref="End"/> along x at row <see cref="Position"/>; vertical ones along y.</summary>
internal sealed record PixelLine(bool Horizontal, double Position, int Start, int End, int Thickness)
{
    public int Length => End - Start + 1;
}
