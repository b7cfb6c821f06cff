using System.Text;
using Extraction.Pdf.Content;

namespace Extraction.Pdf.Text;

/// <summary>Cleans shown glyphs before layout: Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility
/// ideographs (U+F900–U+FAFF), which some fonts' ToUnicode tables map common characters to, become the
/// normal ideographs (NFKC, for those ranges only); glyphs drawn twice at nearly the same place (fake bold,
/// shadow) are kept once.</summary>
internal static class GlyphCleaner
{
    /// <summary>Two copies of a glyph closer than this share of the font size are one glyph.</summary>
    private const double DuplicateDistance = 0.25;

    public static List<PageGlyph> Clean(IReadOnlyList<PageGlyph> glyphs)
    {
        var result = new List<PageGlyph>(glyphs.Count);
        var seen = new Dictionary<(string Text, long X, long Y), List<PageGlyph>>();
        foreach (var glyph in glyphs)
        {
            var g = NeedsNormalising(glyph.Text) ? glyph with { Text = Normalise(glyph.Text) } : glyph;
            if (string.IsNullOrWhiteSpace(g.Text))
            {
                result.Add(g);
                continue;
            }

            var cell = Math.Max(1.0, g.Size * DuplicateDistance);
            var kx = (long)Math.Floor(g.BaselineX / cell);
            var ky = (long)Math.Floor(g.BaselineY / cell);
            if (IsDuplicate(seen, g, kx, ky, cell))
            {
                continue;
            }

            var key = (g.Text, kx, ky);
            if (!seen.TryGetValue(key, out var list))
            {
                list = [];
                seen[key] = list;
            }

            list.Add(g);
            result.Add(g);
        }

        return result;
    }

    private static bool IsDuplicate(Dictionary<(string, long, long), List<PageGlyph>> seen, PageGlyph g, long kx, long ky, double cell)
    {
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                if (!seen.TryGetValue((g.Text, kx + dx, ky + dy), out var list))
                {
                    continue;
                }

                foreach (var other in list)
                {
                    if (other.Invisible == g.Invisible && other.Direction == g.Direction
                        && Math.Abs(other.BaselineX - g.BaselineX) < cell && Math.Abs(other.BaselineY - g.BaselineY) < cell
                        && Math.Abs(other.Size - g.Size) < 0.1 * Math.Max(1, g.Size))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool NeedsNormalising(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u2F00' and <= '\u2FD5' or >= '\uF900' and <= '\uFAFF')
            {
                return true;
            }
        }

        return false;
    }

    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u2F00' and <= '\u2FD5' or >= '\uF900' and <= '\uFAFF')
            {
                sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
