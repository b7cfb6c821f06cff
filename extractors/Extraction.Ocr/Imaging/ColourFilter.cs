namespace Extraction.Ocr.Imaging;

/// <summary>Colour → gray for OCR. Red seals and stamps are printed over the text they certify; seal
/// ink becomes paper, so the black text under a seal is read instead of the seal's characters. Near seal
/// ink (within <see cref="NearSeal"/> pixels of a reddish pixel: a scan's JPEG keeps colour at half
/// resolution and blurs it, so the edges of thin seal strokes come out pink-gray or plain gray) a pixel's
/// gray is its green/blue darkness scaled so that the page's own seal ink (its typical green/blue) lands
/// on paper: red ink hardly darkens green and blue, the text under it does. Light leftovers become paper.</summary>
internal sealed class ColourFilter
{
    /// <summary>How far red must exceed green and blue for a pixel to count as seal ink.</summary>
    private const int SealMargin = 60;

    /// <summary>Redness that marks a seal stroke's neighbourhood (its blurred, chroma-smeared edges).</summary>
    private const int SealTrace = 35;

    /// <summary>Neighbourhood radius in pixels (at 300 dpi about a third of a millimetre).</summary>
    private const int NearSeal = 3;

    /// <summary>Near seal ink, pixels this light after scaling are paper; text strokes are darker.</summary>
    private const int PaperNearSeal = 170;

    /// <summary>Pixels at least this light count as paper when the paper's shade is measured.</summary>
    private const int Light = 160;

    private readonly int _width;
    private readonly int _height;
    private readonly byte[] _gray;
    private readonly byte[] _greenBlue;
    private readonly byte[] _redness;
    private readonly long[] _sealGreenBlue = new long[256];
    private bool _anyRed;

    public ColourFilter(int width, int height)
    {
        (_width, _height) = (width, height);
        _gray = new byte[width * height];
        _greenBlue = new byte[width * height];
        _redness = new byte[width * height];
    }

    public static int Gray(int r, int g, int b) => ((299 * r) + (587 * g) + (114 * b)) / 1000;

    /// <summary>Gray value with seal red lifted to paper; black text under the seal (dark in all three
    /// channels) stays dark. Pixel by pixel, without the neighbourhood (see <see cref="ToImage"/>).</summary>
    public static byte GrayWithoutSeal(int r, int g, int b)
    {
        if (r - Math.Max(g, b) >= SealMargin)
        {
            // Keep the darkness the red channel shows: text printed under the seal darkens red too.
            return (byte)Math.Max(r, Gray(r, g, b));
        }

        return (byte)Gray(r, g, b);
    }

    public void Set(int index, int r, int g, int b)
    {
        _gray[index] = GrayWithoutSeal(r, g, b);
        _greenBlue[index] = (byte)Math.Min(g, b);
        var redness = r - Math.Max(g, b);
        if (redness >= SealTrace)
        {
            _redness[index] = 1;
            _anyRed = true;
            if (redness >= SealMargin)
            {
                _sealGreenBlue[Math.Min(g, b)]++;
            }
        }
    }

    /// <summary>The gray page: pixel by pixel, then near seal ink re-measured on green and blue.</summary>
    public GrayImage ToImage()
    {
        if (_anyRed && Median(_sealGreenBlue, 0) is > 0 and var seal)
        {
            // Paper's own shade (a scan's paper is rarely 255): pure white patches would read as white glyphs.
            var paper = Paper(_gray);
            var near = Near(_redness, _width, _height, NearSeal);
            for (var i = 0; i < _gray.Length; i++)
            {
                if (near[i] != 0)
                {
                    var value = Math.Min(paper, _greenBlue[i] * paper / seal);
                    _gray[i] = (byte)(value >= PaperNearSeal ? paper : value);
                }
            }
        }

        return new GrayImage(_width, _height, _gray);
    }

    /// <summary>The median gray of the page's light pixels (most of a page is paper).</summary>
    private static int Paper(byte[] gray)
    {
        var counts = new long[256];
        foreach (var v in gray)
        {
            counts[v]++;
        }

        return Median(counts, Light) is var paper and > 0 ? paper : 255;
    }

    /// <summary>The median of a histogram's values from <paramref name="from"/> up; 0 when it is empty there.</summary>
    private static int Median(long[] counts, int from)
    {
        long total = 0;
        for (var v = from; v < 256; v++)
        {
            total += counts[v];
        }

        long seen = 0;
        for (var v = from; v < 256 && total > 0; v++)
        {
            seen += counts[v];
            if (seen * 2 >= total)
            {
                return v;
            }
        }

        return 0;
    }

    /// <summary>1 where a marked pixel lies within <paramref name="radius"/> (a square), by a row pass and a column pass.</summary>
    private static byte[] Near(byte[] marks, int width, int height, int radius)
    {
        var rows = new byte[marks.Length];
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            var last = int.MinValue / 2;
            for (var x = 0; x < width; x++)
            {
                // The nearest mark at or left of x.
                if (marks[row + x] != 0)
                {
                    last = x;
                }

                if (x - last <= radius)
                {
                    rows[row + x] = 1;
                }
            }
        }

        // Right-hand neighbours: sweep the other way.
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            var next = int.MaxValue / 2;
            for (var x = width - 1; x >= 0; x--)
            {
                if (marks[row + x] != 0)
                {
                    next = x;
                }

                if (next - x <= radius)
                {
                    rows[row + x] = 1;
                }
            }
        }

        var result = new byte[marks.Length];
        for (var x = 0; x < width; x++)
        {
            var last = int.MinValue / 2;
            for (var y = 0; y < height; y++)
            {
                if (rows[(y * width) + x] != 0)
                {
                    last = y;
                }

                if (y - last <= radius)
                {
                    result[(y * width) + x] = 1;
                }
            }

            var next = int.MaxValue / 2;
            for (var y = height - 1; y >= 0; y--)
            {
                if (rows[(y * width) + x] != 0)
                {
                    next = y;
                }

                if (next - y <= radius)
                {
                    result[(y * width) + x] = 1;
                }
            }
        }

        return result;
    }
}
