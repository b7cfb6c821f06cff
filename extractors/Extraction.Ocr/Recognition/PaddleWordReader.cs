using Extraction.Model;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Paddle;

namespace Extraction.Ocr.Recognition;

/// <summary>PaddleOCR reading: text lines detected over the whole page, each line split at the table
/// cell borders it crosses (so no reading spans two cells), every piece recognised; then cells that have
/// ink but no reading (lone digits in narrow cells, lost at the detector's reduced resolution) are
/// detected again on their own, and when even that finds nothing, their glyph-sized ink is read.</summary>
internal sealed class PaddleWordReader : IWordReader
{
    /// <summary>Readings below this score are noise (PaddleOCR's drop score).</summary>
    private const double DropScore = 0.5;

    /// <summary>Dark pixels (below <see cref="InkLevel"/>) a cell needs before it is detected on its own.</summary>
    private const int MinInkPixels = 10;

    private const int InkLevel = 160;

    private readonly PaddleEngine _engine;

    public PaddleWordReader(PaddleEngine engine)
    {
        _engine = engine;
    }

    public bool WantsDespeckle => false;

    public string Version => _engine.Version;

    public int QuarterTurns(GrayImage page, CancellationToken cancellationToken) => PageOrientation.QuarterTurns(_engine, page, cancellationToken);

    public List<OcrWord> Read(GrayImage cleaned, IReadOnlyList<BoundingBox> tableBoxes, IReadOnlyList<BoundingBox> cellBoxes, int dpi, CancellationToken cancellationToken)
    {
        var scale = dpi / 72.0;
        var inset = Math.Max(2, dpi / 100);
        var cells = cellBoxes
            .Select(b => new PixelBox((int)Math.Round(b.Left * scale) + inset, (int)Math.Round(b.Top * scale) + inset, (int)Math.Round(b.Right * scale) - inset, (int)Math.Round(b.Bottom * scale) - inset))
            .Where(c => c.Width > 2 && c.Height > 2)
            .ToList();

        var detected = _engine.Detect(cleaned, cancellationToken);
        var pieces = new List<PixelBox>();
        foreach (var box in detected)
        {
            pieces.AddRange(SplitAtCells(new PixelBox(box.Left, box.Top, box.Right, box.Bottom), cells));
        }

        var words = ReadPieces(cleaned, pieces, cancellationToken);

        // Cells with ink but no reading (a lone digit is a few pixels wide at the page detector's reduced
        // scale: missed, or boxed too tightly to read) are detected again on their own, at full resolution.
        var second = new List<PixelBox>();
        foreach (var cell in cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (words.Any(w => cell.Contains(w.CenterX, w.CenterY)) || !HasInk(cleaned, cell))
            {
                continue;
            }

            second.AddRange(_engine.Detect(Crop(cleaned, cell), cancellationToken)
                .Select(b => new PixelBox(cell.Left + b.Left, cell.Top + b.Top, cell.Left + b.Right, cell.Top + b.Bottom)));
        }

        if (second.Count > 0)
        {
            words.AddRange(ReadPieces(cleaned, second, cancellationToken));
        }

        // Still nothing: the detector does not fire on some lone glyphs in noisy, upscaled scans. The
        // cell's glyph-sized ink (specks and dots ignored) is read as one line.
        // Ink for the glyph boxes is what the page's own Otsu level calls ink (at least InkLevel): a faint
        // 150-dpi digit's curves are lighter than a fixed mid-gray, and a "2" fell apart into a stroke and its base.
        var glyphLevel = Math.Max(InkLevel, Binarizer.OtsuThreshold(cleaned));
        var third = new List<PixelBox>();
        foreach (var cell in cells)
        {
            if (!words.Any(w => cell.Contains(w.CenterX, w.CenterY)) && HasInk(cleaned, cell) && GlyphBounds(cleaned, cell, dpi, glyphLevel) is { } glyphs)
            {
                third.Add(glyphs);
            }
        }

        if (third.Count > 0)
        {
            words.AddRange(ReadPieces(cleaned, third, cancellationToken));
        }

        return words;
    }

    private List<OcrWord> ReadPieces(GrayImage cleaned, List<PixelBox> pieces, CancellationToken cancellationToken)
    {
        pieces = pieces.Where(p => p.Width >= 4 && p.Height >= 4 && p.Height <= p.Width * 4).ToList();
        var crops = pieces.Select(p => Crop(cleaned, p)).ToList();
        var readings = _engine.Recognize(crops, cancellationToken);
        var words = new List<OcrWord>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var text = readings[i].Text.Trim();
            if (text.Length == 0 || readings[i].Confidence < DropScore)
            {
                continue;
            }

            // The ink's box, not the detector's grown one: the paragraph and cell geometry downstream
            // (gaps between lines, indents, centres) measures glyphs, as tesseract's word boxes do.
            var p = Tighten(cleaned, pieces[i]);
            // A number is as sure as its least sure character; text takes the mean (PaddleOCR's score).
            var confidence = IsNumeric(text) ? readings[i].MinCharConfidence : readings[i].Confidence;
            var exact = text.Length == readings[i].Text.Length;
            words.Add(new OcrWord(text, p.Left, p.Top, p.Right, p.Bottom, Math.Round(confidence * 100, 1))
            {
                PointOdds = exact ? Rounded(readings[i].PointOdds) : null,
                CommaOdds = exact ? Rounded(readings[i].CommaOdds) : null,
            });
        }

        return words;
    }

    private static double[]? Rounded(IReadOnlyList<double>? odds) => odds?.Select(o => Math.Round(o, 4)).ToArray();

    /// <summary>The parts of a line box inside each cell it overlaps; the whole box when it lies in at
    /// most one cell (or none).</summary>
    private static IEnumerable<PixelBox> SplitAtCells(PixelBox box, List<PixelBox> cells)
    {
        var overlapping = cells
            .Select(c => c.Intersect(box))
            .Where(i => i is { Width: > 3, Height: > 3 } && i.Value.Height * 2 >= box.Height)
            .Select(i => i!.Value)
            .ToList();
        if (overlapping.Count <= 1)
        {
            return overlapping.Count == 1 && overlapping[0].Width * 10 >= box.Width * 8 ? [overlapping[0]] : [box];
        }

        return overlapping;
    }

    private static bool HasInk(GrayImage image, PixelBox cell)
    {
        var count = 0;
        for (var y = Math.Max(0, cell.Top); y < Math.Min(image.Height, cell.Bottom); y++)
        {
            var row = y * image.Width;
            for (var x = Math.Max(0, cell.Left); x < Math.Min(image.Width, cell.Right); x++)
            {
                if (image.Pixels[row + x] < InkLevel && ++count >= MinInkPixels)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The box around the cell's glyph-sized ink components (at least 1/30 in high; specks of noise
    /// are smaller), grown by a margin like the detector's; null when there are none.</summary>
    private static PixelBox? GlyphBounds(GrayImage image, PixelBox cell, int dpi, int level)
    {
        var (w, h) = (cell.Width, cell.Height);
        if (w <= 0 || h <= 0)
        {
            return null;
        }

        var seen = new bool[w * h];
        var stack = new Stack<int>();
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        var minHeight = Math.Max(4, dpi / 30);
        // The ink level, not mid-gray: a lone "1" on a faint 150-dpi scan is a blurred stroke whose core is
        // barely darker than 128 in places, so at 128 it falls apart into pieces shorter than a glyph.
        bool Dark(int x, int y) => image.Pixels[((cell.Top + y) * image.Width) + cell.Left + x] < level;
        for (var start = 0; start < seen.Length; start++)
        {
            if (seen[start] || !Dark(start % w, start / w))
            {
                continue;
            }

            int l = w, t = h, r = -1, b = -1;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                var (x, y) = (p % w, p / w);
                (l, r, t, b) = (Math.Min(l, x), Math.Max(r, x), Math.Min(t, y), Math.Max(b, y));
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var (nx, ny) = (x + dx, y + dy);
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[(ny * w) + nx] && Dark(nx, ny))
                        {
                            seen[(ny * w) + nx] = true;
                            stack.Push((ny * w) + nx);
                        }
                    }
                }
            }

            if (b - t + 1 >= minHeight && b - t + 1 <= h * 0.9)
            {
                (left, right, top, bottom) = (Math.Min(left, l), Math.Max(right, r), Math.Min(top, t), Math.Max(bottom, b));
            }
        }

        if (right < 0)
        {
            return null;
        }

        var pad = Math.Max(3, (bottom - top + 1) / 3);
        return new PixelBox(
            cell.Left + Math.Max(0, left - pad), cell.Top + Math.Max(0, top - pad), cell.Left + Math.Min(w, right + 1 + pad), cell.Top + Math.Min(h, bottom + 1 + pad));
    }

    private static bool IsNumeric(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is '.' or '%' or '-' or ',' or '+');

    private static PixelBox Tighten(GrayImage image, PixelBox box)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = Math.Max(0, box.Top); y < Math.Min(image.Height, box.Bottom); y++)
        {
            var row = y * image.Width;
            for (var x = Math.Max(0, box.Left); x < Math.Min(image.Width, box.Right); x++)
            {
                if (image.Pixels[row + x] < 128)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        return right < left || right - left < 2 || bottom - top < 2 ? box : new PixelBox(left, top, right + 1, bottom + 1);
    }

    private static GrayImage Crop(GrayImage image, PixelBox box)
    {
        var left = Math.Clamp(box.Left, 0, image.Width - 1);
        var top = Math.Clamp(box.Top, 0, image.Height - 1);
        var width = Math.Clamp(box.Right, left + 1, image.Width) - left;
        var height = Math.Clamp(box.Bottom, top + 1, image.Height) - top;
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(image.Pixels, ((top + y) * image.Width) + left, pixels, y * width, width);
        }

        return new GrayImage(width, height, pixels);
    }
}
