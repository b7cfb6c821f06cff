using System.Text;
using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Ocr.Recognition;

/// <summary>Words outside tables → lines (shared <see cref="TextJoiner"/> grouping) → paragraphs. A new
/// paragraph starts after a vertical gap, at a first-line indent, or after a line that stops well
/// short of the text's right edge (a heading or a paragraph's last line).</summary>
internal static class ParagraphBuilder
{
    public static IReadOnlyList<Paragraph> Build(int page, IReadOnlyList<TextFragment> words, IReadOnlyList<double> confidences)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var confidenceOf = new Dictionary<TextFragment, double>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < words.Count; i++)
        {
            confidenceOf[words[i]] = confidences[i];
        }

        var lines = TextJoiner.GroupLines(words)
            .Select(l => (Fragments: l, Box: l.Select(f => f.Box).Aggregate((a, b) => a.Union(b))))
            .ToList();
        var lineHeight = Median(lines.Select(l => l.Box.Height));
        // A paragraph gap is wider than the page's usual gap between lines: scans of 1.5-spaced text
        // have every line gap near a line height, and only indents and short lines mark paragraphs.
        var usualGap = Median(lines.Zip(lines.Skip(1), (a, b) => b.Box.Top - a.Box.Bottom).Where(g => g > 0));
        var paragraphGap = Math.Max(lineHeight * 0.9, usualGap * 1.5);
        var textLeft = lines.Min(l => l.Box.Left);
        var textRight = lines.Max(l => l.Box.Right);

        var paragraphs = new List<Paragraph>();
        var current = new List<(IReadOnlyList<TextFragment> Fragments, BoundingBox Box)>();
        foreach (var line in lines)
        {
            if (current.Count > 0)
            {
                var previous = current[^1];
                var gap = line.Box.Top - previous.Box.Bottom;
                var indented = line.Box.Left - textLeft > lineHeight * 1.5 && line.Box.Left - previous.Box.Left > lineHeight;
                var previousShort = textRight - previous.Box.Right > lineHeight * 2.5;
                if (gap > paragraphGap || indented || previousShort)
                {
                    paragraphs.Add(Make(page, current, confidenceOf));
                    current = [];
                }
            }

            current.Add(line);
        }

        paragraphs.Add(Make(page, current, confidenceOf));
        return paragraphs;
    }

    private static Paragraph Make(int page, List<(IReadOnlyList<TextFragment> Fragments, BoundingBox Box)> lines, Dictionary<TextFragment, double> confidenceOf)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            var text = TextJoiner.Join(line.Fragments);
            sb.Append(TextJoiner.Separator(sb.ToString(), text)).Append(text);
        }

        var fragments = lines.SelectMany(l => l.Fragments).ToList();
        var box = lines.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
        return new Paragraph(
            NumericRepair.RepairText(sb.ToString()),
            new Provenance(page, box, Confidence.Mean(fragments, confidenceOf)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
