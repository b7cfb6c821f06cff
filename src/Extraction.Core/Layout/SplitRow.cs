using Extraction.Model;

namespace Extraction.Layout;

/// <summary>A row cut by a page break: its first part ends the table on one page, its rest opens the table on
/// the next. The ruling tells: no rule under the first part and none over the rest, in every column (a row moved
/// whole to the next page keeps the rule between it and the row above).</summary>
internal static class SplitRow
{
    public static bool IsSplit(TableRims before, TableRims after) =>
        before.BottomRuled.Count == after.TopRuled.Count
        && before.BottomRuled.Count > 0
        && before.BottomRuled.Zip(after.TopRuled).All(p => !p.First && !p.Second);

    /// <summary>The two parts with the rest's text appended to the first part's cells (column by column) and the
    /// rest's first row removed (a cell spanning further rows keeps them); null when a cell of the rest does not
    /// line up with a cell of the last row above. The continued table is null when nothing is left of it.</summary>
    public static (Table Before, Table? After)? Merge(Table before, Table after)
    {
        if (before.RowCount == 0 || after.RowCount == 0 || before.ColumnCount != after.ColumnCount)
        {
            return null;
        }

        var last = before.RowCount - 1;
        var grid = before.ToGrid();
        var appended = new Dictionary<TableCell, string>(ReferenceEqualityComparer.Instance);
        foreach (var cell in after.Cells.Where(c => c.Row == 0 && c.RowSpan == 1 && !string.IsNullOrWhiteSpace(c.Text)))
        {
            if (cell.Column >= before.ColumnCount
                || grid[last, cell.Column] is not { } target
                || target.Column != cell.Column
                || target.ColumnSpan != cell.ColumnSpan)
            {
                return null;
            }

            var text = appended.TryGetValue(target, out var added) ? added : target.Text;
            appended[target] = text + TextJoiner.Separator(text, cell.Text) + cell.Text;
        }

        var merged = before with
        {
            Cells = before.Cells.Select(c => appended.TryGetValue(c, out var text) ? c with { Text = text } : c).ToList(),
        };
        if (after.RowCount == 1)
        {
            return (merged, null);
        }

        var rest = after.Cells
            .Where(c => c.Row > 0 || c.RowSpan > 1)
            .Select(c => c.Row == 0 ? c with { RowSpan = c.RowSpan - 1 } : c with { Row = c.Row - 1 })
            .ToList();
        return (merged, after with { Cells = rest, RowCount = after.RowCount - 1 });
    }
}
