using Extraction.Model;
using Extraction.Ocr.Imaging;
using Extraction.Messages;

namespace Extraction.Ocr.Recognition;

/// <summary>One page image → observation: binarise, estimate and undo skew, find table rules, erase
/// them, and let the word reader read the page.</summary>
internal static class PageImageAnalyzer
{
    /// <summary>Below this share of ink pixels a page is treated as blank.</summary>
    private const double BlankInkShare = 0.0005;

    public static PageObservation Analyze(GrayImage image, int dpi, OcrOptions options, IWordReader reader, CancellationToken cancellationToken)
    {
        // Blank test on clearly dark pixels: Otsu on a blank page splits its paper noise.
        if (InkShare(Binarizer.Binarize(image, 127)) < BlankInkShare)
        {
            return new PageObservation(image.Width, image.Height, dpi, 0, [], [], OcrNotes.Blank);
        }

        // Rotation first (a page scanned on its side or upside down), decided for the whole page.
        var turns = reader.QuarterTurns(image, cancellationToken);
        var upright = UprightPage.Of(image, turns, options.MaxSkewDegrees);
        (image, var ink, var skew) = (upright.Image, upright.Ink, upright.Skew);

        // Readers get the gray page (thin strokes survive better than in a binarised one). Tesseract's
        // has the specks painted white: on degraded scans it reads blurred specks as phantom glyphs.
        // PaddleOCR's detector ignores specks, and despeckling erased faint lone digits ("1" in a
        // narrow score cell, broken into specks by the binarisation).
        var cleaned = image.Clone();
        if (reader.WantsDespeckle)
        {
            Despeckle.Apply(ink, image.Width, image.Height, dpi, cleaned);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var lines = TableLines(LineDetector.Detect(ink, image.Width, image.Height, LineDetectorOptions.ForDpi(dpi), image.Seal), dpi);
        LineDetector.Erase(cleaned, lines);

        var tables = TableGeometry.Build(1, lines, dpi, []);
        var tableBoxes = tables.Select(t => t.Box).ToList();
        var cellBoxes = tables.SelectMany(t => t.Table.Cells).Select(c => c.Provenance.Box).OfType<BoundingBox>().ToList();
        var words = reader.Read(cleaned, tableBoxes, cellBoxes, dpi, cancellationToken);
        return new PageObservation(image.Width, image.Height, dpi, skew, lines, words,
            words.Count == 0 ? OcrNotes.NoTextOnPage : null)
        {
            QuarterTurns = turns,
        };
    }

    /// <summary>Keeps rules that meet a rule of the other direction: table grids, not underlines or
    /// stray strokes (which stay in the image for tesseract).</summary>
    private static List<PixelLine> TableLines(IReadOnlyList<PixelLine> lines, int dpi)
    {
        var tolerance = Math.Max(4, dpi / 30);
        var horizontal = lines.Where(l => l.Horizontal).ToList();
        var vertical = lines.Where(l => !l.Horizontal).ToList();
        bool Meets(PixelLine h, PixelLine v) =>
            v.Position >= h.Start - tolerance && v.Position <= h.End + tolerance
            && h.Position >= v.Start - tolerance && h.Position <= v.End + tolerance;
        return lines.Where(l => l.Horizontal ? vertical.Any(v => Meets(l, v)) : horizontal.Any(h => Meets(h, l))).ToList();
    }

    private static double InkShare(byte[] ink)
    {
        long count = 0;
        foreach (var b in ink)
        {
            count += b;
        }

        return (double)count / ink.Length;
    }
}
