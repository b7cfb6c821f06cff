using System.Text.RegularExpressions;
using Extraction.Model;

namespace Extraction.Layout;

/// <summary>A row of a table without rules cut by a page break (Chromium prints a borderless table's row over two
/// pages): the rest of its cells — the last characters of a wrapped name or criterion — opens the next page above the
/// continued part, too short to be a table region of its own, so it reads as a paragraph ("性", "0.40分", "情况"), or
/// as the continued part's first row. No ruling tells such a cut, so the text does (<see cref="SplitRow.IsTail"/>): the
/// rest lies inside the continued part's columns, each piece under a cell of the last row above that has text, and it
/// leaves empty the columns where that row prints its numbers. The pieces join those cells and leave the page.</summary>
internal static partial class BorderlessTail
{
    /// <summary>How far above the continued part (points) the rest may lie: a few lines.</summary>
    private const double MaxGap = 40;

    /// <summary>Joins cut rows between the last table of each page and a continued rule-less part opening the next;
    /// true when anything changed. Tables built from rules (in <paramref name="rims"/>) are left to their ruling.</summary>
    public static bool Join(Block?[][] blocks, IReadOnlyDictionary<Table, TableRims> rims, Func<IEnumerable<Block?>, bool> onlyFurniture)
    {
        var changed = false;
        for (var p = 1; p < blocks.Length; p++)
        {
            var first = Array.FindIndex(blocks[p], b => b is Table);
            var last = Array.FindLastIndex(blocks[p - 1], b => b is Table);
            if (first < 0 || last < 0
                || blocks[p][first] is not Table { ContinuesPrevious: true } lower || rims.ContainsKey(lower)
                || blocks[p - 1][last] is not Table upper || rims.ContainsKey(upper)
                || !onlyFurniture(blocks[p - 1].Skip(last + 1)) || !onlyFurniture(blocks[p].Take(first)))
            {
                continue;
            }

            if (Rest(blocks[p], first, upper, lower) is { } rest && SplitRow.IsTail(upper, rest.Table)
                && SplitRow.Merge(upper, rest.Table) is { Before: var joined })
            {
                blocks[p - 1][last] = upper = joined;
                foreach (var i in rest.Paragraphs)
                {
                    blocks[p][i] = null;
                }

                changed = true;
            }

            if (SplitRow.IsTail(upper, lower) && SplitRow.Merge(upper, lower) is { } merged)
            {
                blocks[p - 1][last] = merged.Before;
                blocks[p][first] = merged.After;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>The short paragraphs just above the continued part, each inside one of its columns, as a one-row table
    /// in its columns; null when there are none or one lies outside the columns (a running title, a page number).</summary>
    private static (Table Table, List<int> Paragraphs)? Rest(Block?[] page, int first, Table upper, Table lower)
    {
        if (lower.Provenance.Box is not { } tableBox)
        {
            return null;
        }

        if (upper.ColumnCount != lower.ColumnCount)
        {
            return null;
        }

        // The parts share their columns (carried over the break): the extents of both parts' cells.
        var columns = Enumerable.Range(0, lower.ColumnCount).Select(c => Extent([upper, lower], c)).ToArray();
        var texts = new string[lower.ColumnCount];
        var used = new List<int>();
        for (var i = 0; i < first; i++)
        {
            if (page[i] is not Paragraph { Provenance.Box: { } box } paragraph)
            {
                continue;
            }

            if (PageNumber().IsMatch(paragraph.Text.Trim()))
            {
                continue;
            }

            var column = Array.FindIndex(columns, c => c is { } e && box.Left >= e.Left - 3 && box.Right <= e.Right + 3);
            if (column < 0 || box.Bottom > tableBox.Top + 1 || tableBox.Top - box.Bottom > MaxGap)
            {
                return null;
            }

            texts[column] = texts[column] is { } before ? before + TextJoiner.Separator(before, paragraph.Text) + paragraph.Text : paragraph.Text;
            used.Add(i);
        }

        if (used.Count == 0)
        {
            return null;
        }

        var cells = Enumerable.Range(0, lower.ColumnCount)
            .Select(c => new TableCell(0, c, 1, 1, texts[c] ?? string.Empty, new Provenance(lower.Provenance.Page)))
            .ToList();
        return (new Table(cells, 1, lower.ColumnCount, lower.Provenance), used);
    }

    /// <summary>The horizontal extent of a column's own cells with text (spanning cells left out); null when none.</summary>
    private static (double Left, double Right)? Extent(Table[] tables, int column)
    {
        var boxes = tables.SelectMany(t => t.Cells).Where(c => c.Column == column && c.ColumnSpan == 1 && !string.IsNullOrWhiteSpace(c.Text) && c.Provenance.Box is not null)
            .Select(c => c.Provenance.Box!.Value).ToList();
        return boxes.Count == 0 ? null : (boxes.Min(b => b.Left), boxes.Max(b => b.Right));
    }

    /// <summary>Page furniture that is no cell's rest: a page number ("2", "- 2 -", "第2页").</summary>
    [GeneratedRegex(@"^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)$")]
    private static partial Regex PageNumber();
}
