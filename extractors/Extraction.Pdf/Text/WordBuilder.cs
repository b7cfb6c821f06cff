using System.Text;
using Extraction.Layout;
using Extraction.Model;
using Extraction.Pdf.Content;

namespace Extraction.Pdf.Text;

/// <summary>Groups glyphs (in the order they were shown) into words: a word ends at a space glyph, a change of
/// baseline, size or direction, a gap wider than <see cref="GapShare"/> of the font size, a backwards jump, or
/// a vertical rule between two glyphs (text of neighbouring table cells never merges).</summary>
internal static class WordBuilder
{
    public const double GapShare = 0.25;

    public static List<Word> Build(IReadOnlyList<PageGlyph> glyphs, IReadOnlyList<RulingSegment> rulings)
    {
        var verticals = rulings
            .Where(r => Math.Abs(r.X1 - r.X2) <= 1 && Math.Abs(r.Y2 - r.Y1) > 3)
            .Select(r => (X: (r.X1 + r.X2) / 2, Top: Math.Min(r.Y1, r.Y2), Bottom: Math.Max(r.Y1, r.Y2)))
            .OrderBy(v => v.X)
            .ToArray();
        var words = new List<Word>();
        var current = new List<PageGlyph>();
        foreach (var g in glyphs)
        {
            if (string.IsNullOrWhiteSpace(g.Text))
            {
                Flush(current, words);
                continue;
            }

            if (current.Count > 0 && !Continues(current[^1], g, verticals))
            {
                Flush(current, words);
            }

            current.Add(g);
        }

        Flush(current, words);
        return words;
    }

    private static bool Continues(PageGlyph a, PageGlyph b, (double X, double Top, double Bottom)[] verticals)
    {
        if (a.Direction != b.Direction || a.Invisible != b.Invisible)
        {
            return false;
        }

        var size = Math.Max(a.Size, 0.1);
        if (Math.Abs(b.Size - a.Size) > 0.2 * size)
        {
            return false;
        }

        if (a.Direction != 0)
        {
            // Rotated text: each glyph is placed on its own; lines are rebuilt geometrically.
            return false;
        }

        if (Math.Abs(b.BaselineY - a.BaselineY) > 0.3 * size)
        {
            return false;
        }

        var gap = b.Box.Left - a.Box.Right;
        if (gap > GapShare * size || gap < -0.6 * size)
        {
            return false;
        }

        var mid = (a.Box.CenterY + b.Box.CenterY) / 2;
        var from = a.Box.CenterX;
        var to = b.Box.CenterX;
        foreach (var v in verticals)
        {
            if (v.X > to)
            {
                break;
            }

            if (v.X > from && mid >= v.Top && mid <= v.Bottom)
            {
                return false;
            }
        }

        return true;
    }

    private static void Flush(List<PageGlyph> glyphs, List<Word> words)
    {
        if (glyphs.Count == 0)
        {
            return;
        }

        var sb = new StringBuilder();
        var box = glyphs[0].Box;
        foreach (var g in glyphs)
        {
            sb.Append(g.Text);
            box = box.Union(g.Box);
        }

        words.Add(new Word(sb.ToString(), box, glyphs[0].Size, glyphs[0].Direction, glyphs[0].Sequence));
        glyphs.Clear();
    }

    public static TextFragment ToFragment(Word word) => new(word.Text, word.Box);

    /// <summary>Box helper for tests and callers that join words.</summary>
    public static BoundingBox Union(IEnumerable<Word> words) => words.Select(w => w.Box).Aggregate((a, b) => a.Union(b));
}
