using Extraction.Generator;
using Extraction.Generator.Model;
using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Benchmarks.Facts;

/// <summary>Maps a generated document's truth mentions to the facts the pipeline read from its rendering: cells by
/// (table, row, column) and value; text by the block whose text equals the truth block's, then mention order and
/// digits. Facts no mention maps to stay unlabelled (they are left out of training and evaluation).</summary>
internal static class TruthMapper
{
    /// <summary>Fact id → truth quantity id.</summary>
    public static Dictionary<int, string> Map(GeneratedDocument truth, DocumentResult result)
    {
        var map = new Dictionary<int, string>();
        var doc = truth.Document;
        if (result.Document is null)
        {
            return map;
        }

        var facts = result.Facts;
        // Cells: the t-th table of the truth is the t-th table read.
        foreach (var m in doc.Mentions.Values.Where(m => m.At.Table is not null && m.Origin == "cell"))
        {
            var hit = facts.FirstOrDefault(f => f.Evidence.Cell is { } c && c.Table == m.At.Table && c.Row == m.At.Row && c.Column == m.At.Column
                && Digits(f.Text) == Digits(m.Number) && !map.ContainsKey(f.Id));
            if (hit is not null)
            {
                map[hit.Id] = m.Quantity;
            }
        }

        // Text: blocks by their text (whitespace ignored), mentions in order by digits.
        var blockTexts = new Dictionary<int, string>();
        var index = 0;
        foreach (var block in result.Document.Blocks)
        {
            // Numbered as the fact walk numbers them: paragraphs and tables only.
            if (block is Paragraph p)
            {
                blockTexts[index++] = Key(p.Text);
            }
            else if (block is Table)
            {
                index++;
            }
        }

        foreach (var (block, bi) in doc.Blocks.Select((b, i) => (b, i)))
        {
            if (block.Table is not null)
            {
                continue;
            }

            var text = Key(doc.TextOf(block.Runs));
            var mentions = block.Runs.Where(r => r.Mention is not null).Select(r => doc.Mentions[r.Mention!]).ToArray();
            if (mentions.Length == 0)
            {
                continue;
            }

            var mine = blockTexts.Where(kv => kv.Value == text || (text.Length > 8 && kv.Value.Contains(text, StringComparison.Ordinal))).Select(kv => kv.Key).ToArray();
            if (mine.Length == 0)
            {
                continue;
            }

            var candidates = facts.Where(f => f.Evidence.Cell is null && mine.Contains(f.Block) && f.Category != "算式").OrderBy(f => f.Block).ThenBy(f => f.Start).ToList();
            foreach (var m in mentions)
            {
                var hit = candidates.FirstOrDefault(f => Digits(f.Text) == Digits(m.Number) && !map.ContainsKey(f.Id));
                if (hit is not null)
                {
                    map[hit.Id] = m.Quantity;
                    candidates.RemoveRange(0, candidates.IndexOf(hit) + 1);
                }
            }
        }

        return map;
    }

    private static string Key(string text) => TextNormalizer.RemoveWhitespace(TextNormalizer.ToHalfWidth(text));

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
