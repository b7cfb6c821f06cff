using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts;

/// <summary>CID advances from a CIDFont's /W array and /DW default (glyph units, 1/1000 em).</summary>
internal sealed class CidWidths
{
    private const int MaxEntries = 1 << 17;
    private readonly Dictionary<int, double> _widths = [];
    private readonly List<(int First, int Last, double Width)> _ranges = [];
    private readonly double _default;

    public CidWidths(PdfArray? w, double defaultWidth)
    {
        _default = defaultWidth;
        if (w is null)
        {
            return;
        }

        var i = 0;
        while (i + 1 < w.Count && _widths.Count < MaxEntries)
        {
            if (w[i] is not PdfNumber first)
            {
                i++;
                continue;
            }

            if (w[i + 1] is PdfArray list)
            {
                for (var k = 0; k < list.Count && _widths.Count < MaxEntries; k++)
                {
                    if (list[k] is PdfNumber n)
                    {
                        _widths[first.Int32 + k] = n.Double;
                    }
                }

                i += 2;
            }
            else if (i + 2 < w.Count && w[i + 1] is PdfNumber last && w[i + 2] is PdfNumber width)
            {
                _ranges.Add((first.Int32, last.Int32, width.Double));
                i += 3;
            }
            else
            {
                i++;
            }
        }
    }

    public double Get(int cid)
    {
        if (_widths.TryGetValue(cid, out var w))
        {
            return w;
        }

        foreach (var (first, last, width) in _ranges)
        {
            if (cid >= first && cid <= last)
            {
                return width;
            }
        }

        return _default;
    }
}
