using Extraction.Model;

namespace Extraction.Layout;

/// <summary>Places markup rows of spanned cells on a grid the way HTML's table model does: each
/// cell takes the first free column of its row, row spans reserve positions below. Absurd spans
/// are clamped to the table (rows) and to <see cref="MaxColumns"/>; a column span that would run
/// into a cell reserved from above is shortened so cells never overlap.</summary>
public static class SpanGrid
{
    /// <summary>HTML's own limit for colspan; also the widest grid built.</summary>
    public const int MaxColumns = 1000;

    /// <summary>Builds the table, or null when no row has a cell.</summary>
    public static Table? Build(IReadOnlyList<IReadOnlyList<SpanCell>> rows, Provenance provenance, string? caption = null)
    {
        var rowCount = rows.Count;
        var occupied = new List<bool[]>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            occupied.Add(new bool[8]);
        }

        var cells = new List<TableCell>();
        var columnCount = 0;
        for (var r = 0; r < rowCount; r++)
        {
            var column = 0;
            foreach (var cell in rows[r])
            {
                while (column < MaxColumns && IsOccupied(occupied[r], column))
                {
                    column++;
                }

                if (column >= MaxColumns)
                {
                    break;
                }

                var rowSpan = cell.RowSpan <= 0 ? rowCount - r : Math.Min(cell.RowSpan, rowCount - r);
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, MaxColumns - column);
                for (var c = column + 1; c < column + columnSpan; c++)
                {
                    if (IsOccupied(occupied[r], c))
                    {
                        columnSpan = c - column;
                        break;
                    }
                }

                for (var rr = r; rr < r + rowSpan; rr++)
                {
                    occupied[rr] = Mark(occupied[rr], column, columnSpan);
                }

                cells.Add(new TableCell(r, column, rowSpan, columnSpan, cell.Text, provenance));
                column += columnSpan;
                columnCount = Math.Max(columnCount, column);
            }
        }

        if (cells.Count == 0)
        {
            return null;
        }

        // Trailing rows that only hold reservations from spans above add nothing.
        var lastRow = cells.Max(c => c.Row);
        var usedRows = lastRow + 1;
        if (usedRows < rowCount)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                var c = cells[i];
                if (c.LastRow >= usedRows)
                {
                    cells[i] = c with { RowSpan = usedRows - c.Row };
                }
            }
        }

        return new Table(cells, usedRows, columnCount, provenance, caption);
    }

    private static bool IsOccupied(bool[] row, int column) => column < row.Length && row[column];

    private static bool[] Mark(bool[] row, int column, int span)
    {
        var needed = column + span;
        if (needed > row.Length)
        {
            Array.Resize(ref row, Math.Max(needed, row.Length * 2));
        }

        Array.Fill(row, true, column, span);
        return row;
    }
}
