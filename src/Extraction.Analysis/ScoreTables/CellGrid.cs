using Extraction.Model;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>A table's cells while spans are restored: a cell extended down over the blank cell below it, a blank cell
/// given text from context.</summary>
internal sealed class CellGrid
{
    private readonly List<TableCell> _cells;
    private readonly int _rows;
    private readonly int _columns;
    private TableCell?[,] _grid;

    public CellGrid(Table table)
    {
        _cells = [.. table.Cells];
        _rows = table.RowCount;
        _columns = table.ColumnCount;
        _grid = table.ToGrid();
    }

    public bool Changed { get; private set; }

    public TableCell?[,] Snapshot() => _grid;

    public TableCell? At(int row, int column) => _grid[row, column];

    /// <summary>The cells that start in the row (not spanned from above), left to right.</summary>
    public List<TableCell> OwnCells(int row)
    {
        var own = new List<TableCell>();
        for (var c = 0; c < _columns; c++)
        {
            if (_grid[row, c] is { } cell && cell.Row == row && cell.Column == c && TextNormalizer.Key(cell.Text).Length > 0)
            {
                own.Add(cell);
            }
        }

        return own;
    }

    /// <summary>Text of the cell starting at (row, column), null when a cell from elsewhere covers it.</summary>
    public string? OwnText(int row, int column) =>
        _grid[row, column] is { } cell && cell.Row == row && cell.Column == column ? cell.Text : null;

    /// <summary>Extends the cell ending just above (row, column) over the blank cells of this row it would cover. False
    /// when there is no such cell inside the data rows, it is blank itself, or a covered position is not blank.</summary>
    public bool ExtendDown(int row, int column, int firstDataRow)
    {
        if (row == 0 || _grid[row - 1, column] is not { } above || above.LastRow != row - 1 || above.Row < firstDataRow
            || TextNormalizer.Key(above.Text).Length == 0)
        {
            return false;
        }

        var covered = new List<TableCell>();
        for (var c = above.Column; c <= above.LastColumn; c++)
        {
            if (_grid[row, c] is not { } cell || cell.Row != row || cell.RowSpan != 1 || cell.Column < above.Column
                || cell.LastColumn > above.LastColumn || TextNormalizer.Key(cell.Text).Length > 0)
            {
                return false;
            }

            if (!covered.Contains(cell))
            {
                covered.Add(cell);
            }
        }

        foreach (var cell in covered)
        {
            _cells.Remove(cell);
        }

        Replace(above, above with { RowSpan = above.RowSpan + 1 });
        return true;
    }

    /// <summary>Writes context text into the blank cell starting at (row, column), marked restored.</summary>
    public bool Write(int row, int column, string text)
    {
        if (_grid[row, column] is not { } cell || cell.Row != row || cell.Column != column || TextNormalizer.Key(cell.Text).Length > 0)
        {
            return false;
        }

        Replace(cell, cell with { Text = text, Restored = true });
        return true;
    }

    /// <summary>Writes context text into the blank cell covering (row, column) from this row down, marked restored. A
    /// blank cell that starts above the row (a merged cell cut by a page break, its first rows the spilled text of the
    /// page before) is split there: the rows above keep the blank part, so they read as the rest of the row before.</summary>
    public bool WriteFrom(int row, int column, string text)
    {
        if (_grid[row, column] is not { } cell || TextNormalizer.Key(cell.Text).Length > 0)
        {
            return false;
        }

        if (cell.Row == row)
        {
            return Write(row, column, text);
        }

        var lower = new TableCell(row, cell.Column, cell.LastRow - row + 1, cell.ColumnSpan, text, cell.Provenance) { Restored = true };
        Replace(cell, cell with { RowSpan = row - cell.Row });
        _cells.Add(lower);
        Place(lower);
        return true;
    }

    public Table ToTable(Table table) =>
        table with { Cells = _cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToArray() };

    private void Replace(TableCell old, TableCell updated)
    {
        _cells[_cells.IndexOf(old)] = updated;
        Place(updated);
    }

    private void Place(TableCell updated)
    {
        Changed = true;
        for (var r = updated.Row; r <= updated.LastRow && r < _rows; r++)
        {
            for (var c = updated.Column; c <= updated.LastColumn && c < _columns; c++)
            {
                _grid[r, c] = updated;
            }
        }
    }
}
