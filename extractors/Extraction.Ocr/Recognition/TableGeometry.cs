using Extraction.Layout;
using Extraction.Model;
using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Recognition;

/// <summary>Image rules → ruling segments in points → the shared Core table builder.</summary>
internal static class TableGeometry
{
    public static double ToPoints(double pixels, int dpi) => pixels * 72.0 / dpi;

    public static IReadOnlyList<RulingSegment> Segments(IEnumerable<PixelLine> lines, int dpi) =>
        lines.Select(l => l.Horizontal
                ? RulingSegment.Horizontal(ToPoints(l.Position, dpi), ToPoints(l.Start, dpi), ToPoints(l.End + 1, dpi))
                : RulingSegment.Vertical(ToPoints(l.Position, dpi), ToPoints(l.Start, dpi), ToPoints(l.End + 1, dpi)))
            .ToList();

    public static TableBuilderOptions BuilderOptions(int dpi)
    {
        // Scanned rules are thicker and wobblier than vector ones: widen the tolerances (points).
        var onePixel = 72.0 / dpi;
        return TableBuilderOptions.Default with
        {
            SnapTolerance = Math.Max(3.0, 4 * onePixel),
            JoinTolerance = Math.Max(6.0, 8 * onePixel),
            IntersectionTolerance = Math.Max(5.0, 8 * onePixel),
            MinCellSize = 6.0,
        };
    }

    public static IReadOnlyList<BuiltTable> Build(int page, IEnumerable<PixelLine> lines, int dpi, IReadOnlyList<TextFragment> fragments) =>
        new RuledTableBuilder(BuilderOptions(dpi)).Build(page, Segments(lines, dpi), fragments);

    public static BoundingBox ToPoints(OcrWord word, int dpi) =>
        new(ToPoints(word.Left, dpi), ToPoints(word.Top, dpi), ToPoints(word.Right, dpi), ToPoints(word.Bottom, dpi));
}
