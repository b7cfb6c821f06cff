using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Text;

/// <summary>The document's paragraphs and table cells as passages with evidence, in reading order.</summary>
public static class Passages
{
    public static IReadOnlyList<Passage> Of(Document document)
    {
        var list = new List<Passage>();
        var tableIndex = 0;
        foreach (var block in MergePageBreaks(document.Blocks))
        {
            switch (block)
            {
                case Paragraph p when !string.IsNullOrWhiteSpace(p.Text):
                    // A paragraph's line breaks are soft wraps (PDF text layers): Chinese joins without a space.
                    var text = JoinLines(p.Text);
                    list.Add(new Passage(text, EvidenceOf(p.Provenance, text), false));
                    break;
                case Table t:
                    foreach (var cell in t.Cells)
                    {
                        if (!string.IsNullOrWhiteSpace(cell.Text))
                        {
                            list.Add(new Passage(cell.Text, EvidenceOf(cell.Provenance, cell.Text) with { Cell = new CellRef(tableIndex, cell.Row, cell.Column) }, true));
                        }
                    }

                    tableIndex++;
                    break;
            }
        }

        return list;
    }

    /// <summary>A paragraph cut by a page break or by a reader that took a line starting with a number for a new
    /// paragraph ("…折旧率为21.97%；无形资产" | "13.25万元…") is one passage again: body text on the same or the next
    /// page that continues its sentence (<see cref="WrappedText"/>).</summary>
    private static IEnumerable<Block> MergePageBreaks(IEnumerable<Block> blocks)
    {
        Paragraph? pending = null;
        foreach (var block in blocks)
        {
            if (pending is not null && block is Paragraph next && next.HeadingLevel is null
                && next.Provenance.Page - pending.Provenance.Page is 0 or 1 && WrappedText.Continues(pending.Text, next.Text))
            {
                pending = pending with { Text = pending.Text.TrimEnd() + next.Text.TrimStart() };
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
                pending = null;
            }

            if (block is Paragraph p && p.HeadingLevel is null)
            {
                pending = p;
                continue;
            }

            yield return block;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    internal static string JoinLines(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (i > 0 && sb.Length > 0 && line.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(line.TrimStart()[0]) && !char.IsAsciiDigit(sb[^1]))
            {
                sb.Append(' ');
            }

            sb.Append(i > 0 ? line.TrimStart() : line);
        }

        return sb.ToString();
    }

    private static Evidence EvidenceOf(Provenance provenance, string text) =>
        new(provenance.Page, text.Length > 160 ? text[..160] : text) { Box = provenance.Box, Confidence = provenance.Confidence };

    /// <summary>Clause spans of a passage: split at 。；;！？ and line breaks.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text, bool splitAtSemicolon = true)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or '！' or '？' or '\n' || (splitAtSemicolon && c is '；' or ';'))
            {
                if (i > start)
                {
                    yield return (start, i);
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }
}
