using Extraction.Model;
using Extraction.Results;

namespace Extraction.Rules.Text;

/// <summary>The document's paragraphs and table cells as passages with evidence, in reading order.</summary>
public static class Passages
{
    public static IReadOnlyList<Passage> Of(Document document)
    {
        var list = new List<Passage>();
        var tableIndex = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p when !string.IsNullOrWhiteSpace(p.Text):
                    list.Add(new Passage(p.Text, EvidenceOf(p.Provenance, p.Text), false));
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
