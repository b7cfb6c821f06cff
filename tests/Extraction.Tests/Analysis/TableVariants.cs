using Extraction.Model;

namespace Extraction.Tests.Analysis;

/// <summary>Damages and reshapes seed tables the way other readers and other authors do.</summary>
internal static class TableVariants
{
    /// <summary>Every span lost: the text stays in the top-left position, the covered positions are blank cells.</summary>
    public static Table WithoutSpans(Table table)
    {
        var cells = new List<TableCell>();
        foreach (var cell in table.Cells)
        {
            for (var r = cell.Row; r <= cell.LastRow; r++)
            {
                for (var c = cell.Column; c <= cell.LastColumn; c++)
                {
                    var first = r == cell.Row && c == cell.Column;
                    cells.Add(new TableCell(r, c, 1, 1, first ? cell.Text : string.Empty, cell.Provenance));
                }
            }
        }

        return table with { Cells = cells };
    }

    /// <summary>Rows [from, to) of a table as a table of their own, spans clipped, optionally with the header rows repeated.</summary>
    public static Table Slice(Table table, int from, int to, int headerRows)
    {
        var cells = new List<TableCell>();
        var offset = 0;
        if (headerRows > 0)
        {
            cells.AddRange(table.Cells.Where(c => c.Row < headerRows));
            offset = headerRows;
        }

        foreach (var cell in table.Cells)
        {
            var top = Math.Max(cell.Row, from);
            var bottom = Math.Min(cell.LastRow, to - 1);
            if (top > bottom || cell.Row >= to || cell.LastRow < from)
            {
                continue;
            }

            // A cell spanned into this part from the previous one is repeated as blank, as a reader would see it.
            var text = cell.Row >= from ? cell.Text : string.Empty;
            cells.Add(cell with { Row = top - from + offset, RowSpan = bottom - top + 1, Text = text });
        }

        return table with { Cells = cells, RowCount = to - from + offset };
    }

    /// <summary>Columns reordered: new column i holds old column order[i] (tables without column spans only).</summary>
    public static Table Reorder(Table table, int[] order)
    {
        var position = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }

        return table with { Cells = table.Cells.Select(c => c with { Column = position[c.Column] }).ToArray() };
    }
}
