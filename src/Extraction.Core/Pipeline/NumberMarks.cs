using Extraction.Model;
using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>Boxes the printed numbers a finding rests on: for each piece of evidence that names its number
/// (<see cref="Evidence.Number"/>), the words of its page inside the evidence's box (or the whole page) are read
/// line by line; where the line's text holds the number, the box of those characters becomes a mark (a word's box
/// is narrowed by character widths: an ideograph counts as two digits). Evidence without a number, on pages
/// without word geometry (DOCX, HTML, Markdown), or whose number is not found keeps its box alone.</summary>
public static class NumberMarks
{
    /// <summary>The evidence region grown by this much (points) when looking for the number's words.</summary>
    private const double Slack = 2;

    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, Document document)
    {
        var pages = document.Pages.Where(p => p.Words.Count > 0).ToDictionary(p => p.Number);
        if (pages.Count == 0)
        {
            return findings;
        }

        return findings.Select(f => f.Evidence.Any(e => e.Number is not null && pages.ContainsKey(e.Page))
            ? f with { Evidence = f.Evidence.Select(e => Mark(e, pages)).ToArray() }
            : f).ToArray();
    }

    public static Evidence Mark(Evidence evidence, IReadOnlyDictionary<int, Page> pages)
    {
        if (evidence.Number is not { Length: > 0 } number || !pages.TryGetValue(evidence.Page, out var page))
        {
            return evidence;
        }

        var words = evidence.Box is { } region
            ? page.Words.Where(w => Inside(w.Box, region)).ToList()
            : page.Words.ToList();
        var marks = Find(words, number);
        return marks.Count == 0 ? evidence : evidence with { Marks = marks };
    }

    /// <summary>Boxes of every occurrence of <paramref name="number"/> in the words' lines (whitespace ignored).</summary>
    public static IReadOnlyList<BoundingBox> Find(IReadOnlyList<PageWord> words, string number)
    {
        var target = Compact(number);
        var marks = new List<BoundingBox>();
        if (target.Count(char.IsDigit) < 2)
        {
            return marks; // a lone digit ("0", "5") matches too much of a page to be boxed with confidence
        }

        foreach (var line in Lines(words))
        {
            // The line's characters with the word and position each came from.
            var chars = new List<(char C, PageWord Word, int Index)>();
            foreach (var word in line)
            {
                for (var i = 0; i < word.Text.Length; i++)
                {
                    if (!char.IsWhiteSpace(word.Text[i]))
                    {
                        chars.Add((word.Text[i], word, i));
                    }
                }
            }

            var text = new string(chars.Select(c => c.C).ToArray());
            for (var at = text.IndexOf(target, StringComparison.Ordinal); at >= 0; at = text.IndexOf(target, at + target.Length, StringComparison.Ordinal))
            {
                // Not part of a longer number: 52.30 inside 152.30 or 52.301 is not it.
                if ((at > 0 && IsNumberChar(text[at - 1]) && char.IsDigit(target[0])) || (at + target.Length < text.Length && char.IsDigit(text[at + target.Length]) && char.IsDigit(target[^1])))
                {
                    continue;
                }

                var box = chars.Skip(at).Take(target.Length).GroupBy(c => c.Word, ReferenceEqualityComparer.Instance)
                    .Select(g => Narrow(g.ToList()))
                    .Aggregate((a, b) => a.Union(b));
                marks.Add(box);
            }
        }

        return marks;
    }

    /// <summary>The part of a word's box covering some of its characters, by relative character widths.</summary>
    private static BoundingBox Narrow(List<(char C, PageWord Word, int Index)> part)
    {
        var word = part[0].Word;
        var total = word.Text.Sum(Width);
        if (total <= 0)
        {
            return word.Box;
        }

        var first = part.Min(p => p.Index);
        var last = part.Max(p => p.Index);
        var before = word.Text[..first].Sum(Width);
        var inside = word.Text[first..(last + 1)].Sum(Width);
        var w = word.Box.Right - word.Box.Left;
        var left = word.Box.Left + (w * before / total);
        return new BoundingBox(left, word.Box.Top, left + (w * inside / total), word.Box.Bottom);
    }

    private static double Width(char c) => char.IsWhiteSpace(c) ? 0.5 : Layout.TextJoiner.IsSpacelessChar(c) ? 2 : 1;

    private static IEnumerable<IReadOnlyList<PageWord>> Lines(IReadOnlyList<PageWord> words)
    {
        // Fragments are records (equal when text and box are): words are looked up by reference.
        var byFragment = new Dictionary<Layout.TextFragment, PageWord>(ReferenceEqualityComparer.Instance);
        foreach (var w in words)
        {
            byFragment[new Layout.TextFragment(w.Text, w.Box)] = w;
        }

        foreach (var line in Layout.TextJoiner.GroupLines(byFragment.Keys))
        {
            yield return line.Select(f => byFragment[f]).ToList();
        }
    }

    private static bool Inside(BoundingBox word, BoundingBox region) =>
        word.CenterX >= region.Left - Slack && word.CenterX <= region.Right + Slack && word.CenterY >= region.Top - Slack && word.CenterY <= region.Bottom + Slack;

    private static bool IsNumberChar(char c) => char.IsDigit(c) || c is '.' or ',';

    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
