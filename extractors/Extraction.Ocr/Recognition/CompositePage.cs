using Extraction.Model;
using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Recognition;

/// <summary>The one image tesseract reads per page: the page with its tables blanked (running text),
/// followed below by every non-empty table cell cropped and stacked one under another. Stacking keeps
/// each cell on lines of its own, so tesseract never reads a row across cell borders or normalises a
/// lone number against its neighbours' Chinese text; words are mapped back to page pixels.</summary>
internal sealed class CompositePage
{
    private readonly List<CellStrip> _strips;
    private readonly int _pageHeight;

    private CompositePage(GrayImage image, List<CellStrip> strips, int pageHeight)
    {
        Image = image;
        _strips = strips;
        _pageHeight = pageHeight;
    }

    public GrayImage Image { get; }

    public int CellCount => _strips.Count;

    /// <summary>Tesseract and Leptonica refuse very tall images; cells beyond this are left to the page pass.</summary>
    private const int MaxCompositeHeight = 30000;

    /// <summary>Page (tables blanked) plus stacked cells; with <paramref name="includePage"/> false, only
    /// the stacked cells (for a second, narrower pass over some cells).</summary>
    public static CompositePage Create(GrayImage cleaned, IReadOnlyList<BoundingBox> tableBoxes, IReadOnlyList<BoundingBox> cellBoxes, int dpi, bool includePage = true)
    {
        double scale = dpi / 72.0;
        var inset = Math.Max(2, dpi / 60);
        var gap = Math.Max(12, dpi / 5);
        var strips = new List<CellStrip>();
        var pageHeight = includePage ? cleaned.Height : 0;
        var y = pageHeight + gap;
        var width = cleaned.Width;
        foreach (var box in cellBoxes.OrderBy(b => b.Top).ThenBy(b => b.Left))
        {
            var left = Math.Clamp((int)Math.Round(box.Left * scale) + inset, 0, cleaned.Width);
            var right = Math.Clamp((int)Math.Round(box.Right * scale) - inset, 0, cleaned.Width);
            var top = Math.Clamp((int)Math.Round(box.Top * scale) + inset, 0, cleaned.Height);
            var bottom = Math.Clamp((int)Math.Round(box.Bottom * scale) - inset, 0, cleaned.Height);
            if (right - left < 4 || bottom - top < 4 || !HasInk(cleaned, left, top, right, bottom))
            {
                continue;
            }

            if (y + (bottom - top) + gap > MaxCompositeHeight)
            {
                break;
            }

            strips.Add(new CellStrip(left, top, right, bottom, gap, y));
            y += (bottom - top) + gap;
        }

        var height = strips.Count == 0 ? Math.Max(1, pageHeight) : y;
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        if (includePage)
        {
            Array.Copy(cleaned.Pixels, pixels, cleaned.Pixels.Length);
        }

        var composite = new GrayImage(width, height, pixels);
        if (strips.Count > 0)
        {
            foreach (var box in tableBoxes)
            {
                Fill(composite, (int)(box.Left * scale), (int)(box.Top * scale), (int)Math.Ceiling(box.Right * scale) + 1, (int)Math.Ceiling(box.Bottom * scale) + 1);
            }

            foreach (var s in strips)
            {
                for (var row = 0; row < s.Height; row++)
                {
                    var from = ((s.Top + row) * cleaned.Width) + s.Left;
                    var to = ((s.CompositeY + row) * width) + s.CompositeX;
                    Array.Copy(cleaned.Pixels, from, pixels, to, Math.Min(s.Width, width - s.CompositeX));
                }
            }
        }

        return new CompositePage(composite, strips, pageHeight);
    }

    /// <summary>The word in page pixels, or null when it lies in the gaps between strips.</summary>
    public OcrWord? ToPage(OcrWord word)
    {
        if (word.CenterY < _pageHeight)
        {
            return word;
        }

        foreach (var s in _strips)
        {
            if (word.CenterY >= s.CompositeY && word.CenterY < s.CompositeY + s.Height)
            {
                var dx = s.Left - s.CompositeX;
                var dy = s.Top - s.CompositeY;
                return word with
                {
                    Left = Math.Clamp(word.Left + dx, s.Left, s.Right),
                    Right = Math.Clamp(word.Right + dx, s.Left, s.Right),
                    Top = Math.Clamp(word.Top + dy, s.Top, s.Bottom),
                    Bottom = Math.Clamp(word.Bottom + dy, s.Top, s.Bottom),
                };
            }
        }

        return null;
    }

    private static bool HasInk(GrayImage image, int left, int top, int right, int bottom)
    {
        var dark = 0;
        for (var y = top; y < bottom; y++)
        {
            var row = y * image.Width;
            for (var x = left; x < right; x++)
            {
                if (image.Pixels[row + x] < 128 && ++dark >= 40)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Fill(GrayImage image, int left, int top, int right, int bottom)
    {
        left = Math.Clamp(left, 0, image.Width);
        right = Math.Clamp(right, 0, image.Width);
        top = Math.Clamp(top, 0, image.Height);
        bottom = Math.Clamp(bottom, 0, image.Height);
        for (var y = top; y < bottom; y++)
        {
            Array.Fill(image.Pixels, (byte)255, (y * image.Width) + left, right - left);
        }
    }
}
