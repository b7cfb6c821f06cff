using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Pdf.Text;

/// <summary>Merges lines (top to bottom) into paragraphs: a line continues the paragraph when it has the same
/// size, follows at normal line spacing, is not indented against the line above (Chinese paragraphs start
/// with a two-character indent) and the line above ran to the right margin. Lines clearly larger than the
/// body text become headings (levels by size rank).</summary>
internal static class ParagraphBuilder
{
    public static List<Paragraph> Build(int page, IReadOnlyList<TextLine> lines)
    {
        var result = new List<Paragraph>();
        if (lines.Count == 0)
        {
            return result;
        }

        var body = BodySize(lines);
        var headingSizes = lines.Select(l => Math.Round(l.Size, 1)).Where(s => s >= body * 1.15).Distinct().OrderDescending().ToList();
        // The right margin: where most full lines end (a stray wide line, a page number or hanging
        // punctuation must not make every normal line look short).
        var right = RightMargin(lines);
        var ordered = lines.OrderBy(l => l.Box.Top).ThenBy(l => l.Box.Left).ToList();
        var pitch = TypicalPitch(ordered);

        var current = new List<TextLine>();
        foreach (var line in ordered)
        {
            if (current.Count > 0 && !Continues(current, line, right, pitch))
            {
                result.Add(ToParagraph(page, current, headingSizes));
                current = [];
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            result.Add(ToParagraph(page, current, headingSizes));
        }

        return result;
    }

    private static bool Continues(List<TextLine> paragraph, TextLine next, double right, double pitch)
    {
        var last = paragraph[^1];
        var size = Math.Max(last.Size, 1);
        if (Math.Abs(next.Size - last.Size) > 0.12 * size)
        {
            return false;
        }

        // Line pitch (top to top) within the page's usual spacing; body text may be set at double spacing.
        var step = next.Box.Top - last.Box.Top;
        var usual = pitch > 0 ? pitch : 1.8 * size;
        if (step > usual * 1.25 || step < 0.5 * size)
        {
            return false;
        }

        if (next.Box.Left > last.Box.Left + (1.2 * size) || next.Box.Left < paragraph.Min(l => l.Box.Left) - (4 * size))
        {
            return false;
        }

        // The line above ran to the margin, or stopped early only because the next line's first word
        // (a long number, an unbreakable Latin word) did not fit.
        var room = right - last.Box.Right;
        return room <= 2.5 * size || room < next.FirstWordWidth + size;
    }

    /// <summary>The most common top-to-top distance between successive lines of equal size, in points
    /// (0 when the page has no such pairs).</summary>
    private static double TypicalPitch(List<TextLine> ordered)
    {
        var steps = new List<double>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (a, b) = (ordered[i - 1], ordered[i]);
            var step = b.Box.Top - a.Box.Top;
            if (Math.Abs(a.Size - b.Size) <= 0.12 * a.Size && step > 0.8 * a.Size && step < 3.5 * a.Size)
            {
                steps.Add(Math.Round(step, 0));
            }
        }

        return steps.Count == 0 ? 0 : steps.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    /// <summary>The rightmost edge that at least two lines share (justified text ends there); the
    /// rightmost edge when no two lines agree.</summary>
    private static double RightMargin(IReadOnlyList<TextLine> lines)
    {
        var rights = lines.Select(l => l.Box.Right).OrderDescending().ToList();
        for (var i = 0; i + 1 < rights.Count; i++)
        {
            if (rights[i] - rights[i + 1] <= 3)
            {
                return rights[i];
            }
        }

        return rights[0];
    }

    private static double BodySize(IReadOnlyList<TextLine> lines)
    {
        var weighted = lines.GroupBy(l => Math.Round(l.Size, 1)).OrderByDescending(g => g.Sum(l => l.Text.Length)).First();
        return weighted.Key;
    }

    private static Paragraph ToParagraph(int page, List<TextLine> lines, List<double> headingSizes)
    {
        var text = lines[0].Text;
        for (var i = 1; i < lines.Count; i++)
        {
            text += TextJoiner.WrapSeparator(text, lines[i].Text) + lines[i].Text;
        }

        var box = lines.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
        var rank = headingSizes.IndexOf(Math.Round(lines[0].Size, 1));
        int? level = rank >= 0 && text.Length <= 80 ? Math.Min(rank + 1, 6) : null;
        return new Paragraph(text, new Provenance(page, box), level);
    }
}
