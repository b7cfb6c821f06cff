using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Pdf.Text;

/// <summary>Builds lines from words: horizontal words that overlap vertically form a row, split where the
/// horizontal gap is wider than <see cref="ColumnGapShare"/> of the font size (side-by-side columns or
/// a form's label and value); rotated words are chained along their own direction.</summary>
internal static class LineBuilder
{
    public const double ColumnGapShare = 3.0;

    public static List<TextLine> Build(IReadOnlyList<Word> words)
    {
        var lines = new List<TextLine>();
        var horizontal = words.Where(w => w.Direction == 0).Select(w => new TextFragment(w.Text, w.Box)).ToList();
        var sizes = words.Where(w => w.Direction == 0).ToDictionary(w => (w.Box, w.Text), w => w.Size);
        foreach (var row in TextJoiner.GroupLines(horizontal))
        {
            var piece = new List<TextFragment>();
            foreach (var fragment in row)
            {
                if (piece.Count > 0)
                {
                    var size = Math.Max(1, piece[^1].Box.Height);
                    if (fragment.Box.Left - piece[^1].Box.Right > ColumnGapShare * size)
                    {
                        lines.Add(ToLine(piece, sizes));
                        piece = [];
                    }
                }

                piece.Add(fragment);
            }

            if (piece.Count > 0)
            {
                lines.Add(ToLine(piece, sizes));
            }
        }

        lines.AddRange(RotatedLines(words.Where(w => w.Direction != 0).OrderBy(w => w.Sequence).ToList()));
        return lines;
    }

    private static TextLine ToLine(List<TextFragment> fragments, Dictionary<(BoundingBox, string), double> sizes)
    {
        var box = fragments.Select(f => f.Box).Aggregate((a, b) => a.Union(b));
        var size = fragments.Max(f => sizes.GetValueOrDefault((f.Box, f.Text), f.Box.Height));
        return new TextLine(TextJoiner.Join(fragments), box, size, LeadingUnitWidth(fragments[0]));
    }

    /// <summary>Width of the line's first unbreakable unit: a Latin word or number breaks as a whole, Chinese
    /// breaks after any character (estimated from the fragment's width per character).</summary>
    private static double LeadingUnitWidth(TextFragment first)
    {
        var text = first.Text;
        if (text.Length == 0)
        {
            return 0;
        }

        // Word processors keep numbers with their punctuation ("36.10%、49.86%，") together: the unit runs
        // to the first ideograph.
        var unit = 0;
        while (unit < text.Length && !IsIdeograph(text[unit]))
        {
            unit++;
        }

        return first.Box.Width * Math.Max(unit, 1) / text.Length;
    }

    private static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Rotated glyphs shown one after another and touching along their direction form one line.</summary>
    private static IEnumerable<TextLine> RotatedLines(List<Word> words)
    {
        var run = new List<Word>();
        foreach (var w in words)
        {
            if (run.Count > 0 && !Adjacent(run[^1], w))
            {
                yield return Join(run);
                run = [];
            }

            run.Add(w);
        }

        if (run.Count > 0)
        {
            yield return Join(run);
        }
    }

    private static bool Adjacent(Word a, Word b)
    {
        if (a.Direction != b.Direction)
        {
            return false;
        }

        var limit = 1.0 * Math.Max(a.Size, 1);
        var dx = Math.Max(0, Math.Max(a.Box.Left - b.Box.Right, b.Box.Left - a.Box.Right));
        var dy = Math.Max(0, Math.Max(a.Box.Top - b.Box.Bottom, b.Box.Top - a.Box.Bottom));
        return dx <= limit && dy <= limit;
    }

    private static TextLine Join(List<Word> run)
    {
        var text = string.Concat(run.Select(w => w.Text));
        var box = run.Select(w => w.Box).Aggregate((a, b) => a.Union(b));
        return new TextLine(text, box, run[0].Size);
    }
}
