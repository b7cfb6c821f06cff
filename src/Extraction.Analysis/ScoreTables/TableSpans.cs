using Extraction.Analysis.Common;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>Restores the hierarchy of one score-table part whose merged level cells a converter or a page break
/// flattened (text in the first cell, the cells below it empty). A blank 一级/二级 cell continues the group open above
/// it when the row names a deeper level of its own and no outer level opens a new group in that row: the cell just
/// above is extended down over it (a span; its level weight with it), or, where no cell of the group is just above (the
/// group opened on the page before, a row of spilled text in between), the group's name is written into the blank
/// cell, marked <see cref="TableCell.Restored"/> (not printed there). Left as read: blank note, target or score cells,
/// rows of spilled text without a name, summary rows, and the
/// first row of a continued part when it carries no number (the rest of the row split by the page break). A row whose
/// cells do not fit the header (shifted by lost cells, read by kind) gets restored text only, never a span.</summary>
internal static class TableSpans
{
    /// <summary>The part with its level cells restored (the same instance when nothing changed); <paramref name="open"/>
    /// holds the groups open before the part and is left with those open after it.</summary>
    public static Table Restore(Table table, TableLayout layout, OpenGroups open, bool continued)
    {
        var levels = layout.Levels.Where(l => layout.NameColumn(l) is not null).ToArray();
        if (levels.Length < 2)
        {
            return table;
        }

        var cells = new CellGrid(table);
        var first = true;
        for (var r = layout.FirstDataRow; r < table.RowCount; r++)
        {
            if (TableLayout.IsHeaderRow(table, cells.Snapshot(), r))
            {
                continue;
            }

            var own = cells.OwnCells(r);
            if (own.Count == 0)
            {
                continue;
            }

            var atStart = continued && first;
            first = false;
            if (own.Any(c => IsSummary(c.Text)))
            {
                continue;
            }

            var deepest = -1;
            for (var i = 0; i < levels.Length; i++)
            {
                if (cells.OwnText(r, layout.NameColumn(levels[i])!.Value) is { } text && TextNormalizer.Key(text).Length > 0)
                {
                    deepest = i;
                }
            }

            if (deepest < 0 || (atStart && SplitRest(cells, r, layout, levels, deepest)))
            {
                continue;
            }

            RestoreRow(cells, r, layout, levels, deepest, open, Fits(cells, r, layout, levels));
            Remember(cells, r, layout, levels, open);
        }

        return cells.Changed ? cells.ToTable(table) : table;
    }

    /// <summary>Restores the outer levels of a row naming level <paramref name="deepest"/>. A row whose cells do not fit
    /// the header gets no spans (they would change how its printed cells read by kind), only restored text.</summary>
    private static void RestoreRow(CellGrid cells, int r, TableLayout layout, int[] levels, int deepest, OpenGroups open, bool fits)
    {
        for (var i = 0; i < deepest; i++)
        {
            var column = layout.NameColumn(levels[i])!.Value;
            if (cells.At(r, column) is not { } cell)
            {
                return;
            }

            var blank = TextNormalizer.Key(cell.Text).Length == 0;
            if (!blank && cell.Row < r)
            {
                // Merged by the reader: the group goes on.
                continue;
            }

            if (!blank)
            {
                // This row opens a new group at this level: the levels inside it start afresh.
                return;
            }

            var weightColumn = layout.LevelWeightColumn(levels[i]);
            if (cell.Row == r && fits && !AboveIsSummary(cells, r, column) && cells.ExtendDown(r, column, layout.FirstDataRow))
            {
                if (weightColumn is { } w && !cells.ExtendDown(r, w, layout.FirstDataRow) && open.At(i)?.Weight is { } printed)
                {
                    cells.Write(r, w, printed);
                }

                continue;
            }

            // A blank cell (or a blank merged cell: its text was printed on the page before) with no cell of the group
            // just above it: the group's name from where it opened.
            if (open.At(i) is not { } group || !cells.WriteFrom(r, column, group.Name))
            {
                return;
            }

            if (weightColumn is { } wc && group.Weight is { } weight)
            {
                cells.WriteFrom(r, wc, weight);
            }
        }
    }

    /// <summary>The cell above is a 小计/合计 label (in a level column): it closes a group, it does not open one.</summary>
    private static bool AboveIsSummary(CellGrid cells, int r, int column) =>
        r > 0 && cells.At(r - 1, column) is { } above && IsSummary(above.Text);

    /// <summary>The groups open after the row: a level naming a new group closes the groups inside the one before.</summary>
    private static void Remember(CellGrid cells, int r, TableLayout layout, int[] levels, OpenGroups open)
    {
        for (var i = 0; i < levels.Length; i++)
        {
            if (cells.At(r, layout.NameColumn(levels[i])!.Value) is not { } cell || TextNormalizer.Key(cell.Text).Length == 0)
            {
                continue;
            }

            var weight = layout.LevelWeightColumn(levels[i]) is { } w && cells.At(r, w) is { } wcell && TextNormalizer.Key(wcell.Text).Length > 0
                ? wcell.Text
                : null;
            var opened = open.At(i) is not { } known || known.Name != cell.Text || (cell.Row == r && !cell.Restored);
            open.Open(i, cell.Text, weight);
            if (opened)
            {
                open.CloseInside(i);
            }
        }
    }

    /// <summary>The first row of a continued part with nothing but a name (no number, the levels above it blank): the
    /// rest of the last row, split by the page break; the score table joins it to that row.</summary>
    private static bool SplitRest(CellGrid cells, int r, TableLayout layout, int[] levels, int deepest) =>
        !NumericColumns(layout, levels).Any(c => cells.OwnText(r, c) is { } t && CellNumber.TryParse(t, out _))
        && Enumerable.Range(0, deepest).All(i => cells.At(r, layout.NameColumn(levels[i])!.Value) is not { } cell
            || TextNormalizer.Key(cell.Text).Length == 0);

    /// <summary>The row's cells are where the header says: names in name columns, numbers (or nothing) in number
    /// columns. A row that lost cells (shifted left) is read by kind and not restored.</summary>
    private static bool Fits(CellGrid cells, int r, TableLayout layout, int[] levels)
    {
        foreach (var c in NumericColumns(layout, levels))
        {
            if (cells.OwnText(r, c) is { } text && TextNormalizer.Key(text).Length > 0 && !CellNumber.TryParse(text, out _))
            {
                return false;
            }
        }

        foreach (var level in levels)
        {
            if (cells.OwnText(r, layout.NameColumn(level)!.Value) is { } text && CellNumber.TryParse(text, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<int> NumericColumns(TableLayout layout, int[] levels)
    {
        int?[] columns = [layout.WeightColumn, layout.ScoreColumn, layout.SelfScoreColumn, .. levels.Select(layout.LevelWeightColumn)];
        return columns.OfType<int>();
    }

    private static bool IsSummary(string text) =>
        RowLabels.IsTotal(text) || RowLabels.IsSubtotal(text) || RowLabels.IsGrade(text) || RowLabels.IsRate(text) || RowLabels.IsSignature(text);
}
