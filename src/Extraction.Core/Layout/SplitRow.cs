using System.Text.RegularExpressions;
using Extraction.Model;

namespace Extraction.Layout;

/// <summary>A row cut by a page break: its first part ends the table on one page, its rest opens the table on
/// the next. The ruling tells: no rule under the first part and none over the rest, in every column (a row moved
/// whole to the next page keeps the rule between it and the row above).</summary>
internal static partial class SplitRow
{
    public static bool IsSplit(TableRims before, TableRims after) =>
        before.BottomRuled.Count == after.TopRuled.Count
        && before.BottomRuled.Count > 0
        && before.BottomRuled.Zip(after.TopRuled).All(p => !p.First && !p.Second);

    /// <summary>A row cut by a page break whose two parts are each ruled all round (LibreOffice closes a split row's
    /// frame on both pages), told by its text: the rest's first row continues the last row above in every cell it
    /// fills (a cell above with text, no rows spanned below), and leaves empty every column where that row prints a
    /// number alone (at least two: the weight and the score, or the amounts). A new row fills those columns; a row
    /// opening with a list marker, 其中 or a subject code is a new row even without numbers.</summary>
    public static bool IsTail(Table before, Table after)
    {
        if (before.RowCount == 0 || after.RowCount == 0 || before.ColumnCount != after.ColumnCount)
        {
            return false;
        }

        var last = before.RowCount - 1;
        var above = before.ToGrid();
        var rest = after.Cells.Where(c => c.Row == 0).ToArray();
        if (rest.Length == 0)
        {
            return false;
        }

        var emptyNumberColumns = 0;
        for (var column = 0; column < before.ColumnCount; column++)
        {
            if (above[last, column] is not { } cell || cell.Row != last || cell.Column != column || !NumberAlone().IsMatch(cell.Text.Trim()))
            {
                continue;
            }

            // The rest may finish the number ("10332" | "人", "100.0" | "0%"), never print a number of its own; at least
            // two number columns (the weight and the score, or the amounts) it leaves empty.
            var own = rest.FirstOrDefault(c => c.Column <= column && column < c.Column + c.ColumnSpan && !string.IsNullOrWhiteSpace(c.Text));
            if (own is null)
            {
                emptyNumberColumns++;
            }
            else if (own.Column != column || own.ColumnSpan != 1
                || !(UnitRest().IsMatch(own.Text.Trim()) || NumberAlone().IsMatch(cell.Text.Trim() + own.Text.Trim())))
            {
                return false;
            }
        }

        // A cell of the rest spanning further rows is a merged cell cut by the break ("效益指" | "标" over the rows below)
        // only when the cell above starts in the cut row; a label opening a new group spans down as well.
        var filled = rest.Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToArray();
        return emptyNumberColumns >= 2 && filled.Length > 0
            && filled.All(c => above[last, c.Column] is { } target && !string.IsNullOrWhiteSpace(target.Text)
                && target.Row + target.RowSpan - 1 == last && (c.RowSpan == 1 || target.Row == last) && !NewRow().IsMatch(c.Text.Trim()));
    }

    /// <summary>The two parts with the rest's text appended to the first part's cells (column by column) and the
    /// rest's first row removed (a cell spanning further rows keeps them, with the joined text when it had text: one
    /// merged cell whose text the break cut, marked restored); null when a cell of the rest does not line up with a
    /// cell of the last row above. The continued table is null when nothing is left of it.</summary>
    public static (Table Before, Table? After)? Merge(Table before, Table after)
    {
        if (before.RowCount == 0 || after.RowCount == 0 || before.ColumnCount != after.ColumnCount)
        {
            return null;
        }

        var last = before.RowCount - 1;
        var grid = before.ToGrid();
        var appended = new Dictionary<TableCell, string>(ReferenceEqualityComparer.Instance);
        var continued = new Dictionary<TableCell, TableCell>(ReferenceEqualityComparer.Instance);
        foreach (var cell in after.Cells.Where(c => c.Row == 0 && !string.IsNullOrWhiteSpace(c.Text)))
        {
            if (cell.Column >= before.ColumnCount
                || grid[last, cell.Column] is not { } target
                || target.Column != cell.Column
                || target.ColumnSpan != cell.ColumnSpan)
            {
                return null;
            }

            var text = appended.TryGetValue(target, out var added) ? added : target.Text;
            // A number cut inside its digits joins without a space ("100.0" + "0%").
            var separator = NumberAlone().IsMatch(text.Trim() + cell.Text.Trim()) ? string.Empty : TextJoiner.Separator(text, cell.Text);
            appended[target] = text + separator + cell.Text;
            if (cell.RowSpan > 1)
            {
                continued[cell] = target;
            }
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
            .Select(c => c.Row > 0 ? c with { Row = c.Row - 1 }
                : continued.TryGetValue(c, out var target) ? c with { RowSpan = c.RowSpan - 1, Text = appended[target], Restored = true }
                : c with { RowSpan = c.RowSpan - 1 })
            .ToList();
        return (merged, after with { Cells = rest, RowCount = after.RowCount - 1 });
    }

    [GeneratedRegex(@"^[-+−]?\d[\d,]*(?:\.\d+)?\s*(?:%|％|分|万元|元)?$")]
    private static partial Regex NumberAlone();

    /// <summary>A number's unit wrapped onto the next page alone (人, 万元, %): a unit, not a word — a repeated header's
    /// 分值 or 得分 in the number columns is no rest of the row above.</summary>
    [GeneratedRegex(@"^(?:万?元|亿元|人次|人|次|个|项|户|家|天|日|月|件|台|套|处|所|座|平方米|㎡|米|公里|千米|亩|吨|小时|%|％)$")]
    private static partial Regex UnitRest();

    /// <summary>A row's opening: 其中, a list marker (一、 (二) 3.), or a subject code (201, 2010101) — not an amount.</summary>
    [GeneratedRegex(@"^(?:其中|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|\d{3,}(?![\d.,%％]))")]
    private static partial Regex NewRow();
}
