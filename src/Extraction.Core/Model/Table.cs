namespace Extraction.Model;

/// <summary>A table as a grid of cells with spans. Nested tables are flattened by readers into
/// separate tables placed after their parent (the parent cell keeps the nested text).</summary>
public sealed record Table(
    IReadOnlyList<TableCell> Cells,
    int RowCount,
    int ColumnCount,
    Provenance Provenance,
    string? Caption = null) : Block(Provenance)
{
    /// <summary>Set by a reader that knows from the page geometry that this table continues the previous one
    /// over a page break (same columns, nothing but page furniture between), even where the part alone does not
    /// show it (a last row without numbers).</summary>
    public bool ContinuesPrevious { get; init; }

    /// <summary>The cell covering (row, column), or null where the grid has a hole.</summary>
    public TableCell? CellAt(int row, int column)
    {
        foreach (var cell in Cells)
        {
            if (cell.Covers(row, column))
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>Dense grid: each position holds the cell covering it (spanned cells repeat).</summary>
    public TableCell?[,] ToGrid()
    {
        var grid = new TableCell?[RowCount, ColumnCount];
        foreach (var cell in Cells)
        {
            for (var r = cell.Row; r <= cell.LastRow && r < RowCount; r++)
            {
                for (var c = cell.Column; c <= cell.LastColumn && c < ColumnCount; c++)
                {
                    grid[r, c] = cell;
                }
            }
        }

        return grid;
    }
}
