namespace Extraction.Ocr.Recognition;

/// <summary>A table cell's crop (page pixels, exclusive right/bottom) and where it was pasted in the
/// composite image that tesseract reads (top-left corner in composite pixels).</summary>
internal readonly record struct CellStrip(int Left, int Top, int Right, int Bottom, int CompositeX, int CompositeY)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;
}
