namespace Extraction.Ocr.Imaging;

/// <summary>Colour → gray for OCR. Red seals and stamps are printed over the text they certify; seal
/// ink becomes paper, so the black text under a seal is read instead of the seal's characters. Near seal
/// ink (within <see cref="NearSeal"/> pixels of a reddish pixel: a scan's JPEG keeps colour at half
/// resolution and blurs it, so the edges of thin seal strokes come out pink-gray or plain gray) a pixel's
/// gray is un-mixed: seal ink over paper or text adds the same redness (red minus green/blue) whatever is
/// under it, in proportion to how much of the pixel it covers, and darkens green/blue by its opacity. The
/// page's own seal ink calibrates both (its typical redness, and its typical green/blue against the paper),
/// so a pixel's redness says how much seal covers it and its green/blue is brightened by that much only:
/// text and grid lines beside seal strokes keep their gray, those under them come back dark. Light
/// leftovers, and neutral pixels no darker than seal ink alone (its chroma smeared away), become paper.
/// The near-seal area is kept as <see cref="GrayImage.Seal"/>: rules crossing it may have lost pixels.</summary>
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

    /// <summary>Near seal ink, a pixel within this many levels of seal ink's own gray may be seal alone
    /// (a stroke whose chroma JPEG smeared away); text and rule strokes are darker.</summary>
    private const int SealGrayMargin = 10;

    /// <summary>Pixels at least this light count as paper when the paper's shade is measured.</summary>
    private const int Light = 160;

    private readonly int _width;
    private readonly int _height;
    private readonly byte[] _gray;
    private readonly byte[] _greenBlue;
    private readonly byte[] _redness;
    private readonly byte[] _luma;
    private readonly long[] _sealGreenBlue = new long[256];
    private readonly long[] _sealRedness = new long[256];
    private readonly long[] _sealGray = new long[256];
    private bool _anyRed;

    public ColourFilter(int width, int height)
    {
        (_width, _height) = (width, height);
        _gray = new byte[width * height];
        _greenBlue = new byte[width * height];
        _redness = new byte[width * height];
        _luma = new byte[width * height];
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
        _redness[index] = (byte)Math.Clamp(redness, 0, 255);
        _luma[index] = (byte)Gray(r, g, b);
        if (redness >= SealTrace)
        {
            _anyRed = true;
            if (redness >= SealMargin)
            {
                _sealGreenBlue[Math.Min(g, b)]++;
                _sealRedness[Math.Min(255, redness)]++;
                _sealGray[Gray(r, g, b)]++;
            }
        }
    }

    /// <summary>The gray page: pixel by pixel, then near seal ink un-mixed (see the class summary).</summary>
    public GrayImage ToImage()
    {
        if (!_anyRed || Median(_sealGreenBlue, 0) is not (> 0 and var seal))
        {
            return new GrayImage(_width, _height, _gray);
        }

        // Paper's own shade (a scan's paper is rarely 255): pure white patches would read as white glyphs.
        var paper = Paper(_gray);
        // The seal's opacity as green/blue sees it (its ink's own green/blue taken as black), its full
        // redness, and how dark seal ink alone looks in gray.
        var opacity = Math.Clamp(1 - ((double)seal / paper), 0.05, 0.95);
        var fullRedness = Math.Max(SealMargin, Median(_sealRedness, 0));
        var sealGray = Median(_sealGray, 0);
        var near = Near(_redness, SealTrace, _width, _height, NearSeal);
        var mask = new byte[_gray.Length];
        Array.Fill(mask, (byte)255);
        for (var i = 0; i < _gray.Length; i++)
        {
            if (near[i] == 0)
            {
                continue;
            }

            mask[i] = 0;
            var covered = opacity * Math.Clamp((double)_redness[i] / fullRedness, 0, 1);
            var value = (int)Math.Min(paper, _greenBlue[i] / (1 - covered));
            _gray[i] = (byte)(value >= PaperNearSeal || _luma[i] >= sealGray - SealGrayMargin ? paper : value);
        }

        return new GrayImage(_width, _height, _gray) { Seal = new GrayImage(_width, _height, mask) };
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

    /// <summary>1 where a pixel of at least <paramref name="level"/> lies within <paramref name="radius"/> (a square), by a row pass and a column pass.</summary>
    private static byte[] Near(byte[] marks, int level, int width, int height, int radius)
    {
        var rows = new byte[marks.Length];
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            var last = int.MinValue / 2;
            for (var x = 0; x < width; x++)
            {
                // The nearest mark at or left of x.
                if (marks[row + x] >= level)
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
                if (marks[row + x] >= level)
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
