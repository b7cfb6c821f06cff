namespace Extraction.Pdf.Objects;

/// <summary>A rectangle in default user space (points, y up), normalised so Left ≤ Right and Bottom ≤ Top.</summary>
internal readonly record struct PdfRectangle(double Left, double Bottom, double Right, double Top)
{
    /// <summary>US Letter, the default when a page has no usable MediaBox (as poppler and qpdf assume).</summary>
    public static PdfRectangle Letter { get; } = new(0, 0, 612, 792);

    public double Width => Right - Left;

    public double Height => Top - Bottom;

    /// <summary>Reads a 4-number array; null when it is not one or is degenerate.</summary>
    public static PdfRectangle? From(PdfObject? value)
    {
        if (value?.Resolve() is not PdfArray { Count: 4 } array || array.ToNumbers() is not { } n)
        {
            return null;
        }

        if (n.Any(x => !double.IsFinite(x)))
        {
            return null;
        }

        var r = new PdfRectangle(Math.Min(n[0], n[2]), Math.Min(n[1], n[3]), Math.Max(n[0], n[2]), Math.Max(n[1], n[3]));
        return r.Width > 0 && r.Height > 0 ? r : null;
    }

    /// <summary>The overlap of two rectangles (a CropBox is clipped to the MediaBox), or null when none.</summary>
    public PdfRectangle? Intersect(PdfRectangle other)
    {
        var r = new PdfRectangle(Math.Max(Left, other.Left), Math.Max(Bottom, other.Bottom), Math.Min(Right, other.Right), Math.Min(Top, other.Top));
        return r.Width > 0 && r.Height > 0 ? r : null;
    }
}
