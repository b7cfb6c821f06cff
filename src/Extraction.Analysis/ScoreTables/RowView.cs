using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>One grid row of a table part: its distinct cells and evidence for them.</summary>
internal sealed class RowView
{
    private readonly TableCell?[,] _grid;
    private readonly int _columns;
    private readonly int _tableIndex;

    public RowView(Table table, TableCell?[,] grid, int row, int tableIndex)
    {
        _grid = grid;
        _columns = table.ColumnCount;
        _tableIndex = tableIndex;
        Row = row;
        var cells = new List<TableCell>();
        for (var c = 0; c < _columns; c++)
        {
            if (grid[row, c] is { } cell && !cells.Contains(cell))
            {
                cells.Add(cell);
            }
        }

        Cells = cells;
        NonEmpty = cells.Where(c => TextNormalizer.Key(c.Text).Length > 0).ToArray();
    }

    public int Row { get; }

    public IReadOnlyList<TableCell> Cells { get; }

    public IReadOnlyList<TableCell> NonEmpty { get; }

    public TableCell? Cell(int column) => column >= 0 && column < _columns ? _grid[Row, column] : null;

    /// <summary>Text of the cell at <paramref name="column"/> when the cell starts on this row and in this column.</summary>
    public string? OwnText(int column) =>
        Cell(column) is { } cell && cell.Row == Row && cell.Column == column ? cell.Text : null;

    /// <summary>The row's text, cells separated by spaces.</summary>
    public string Quote => string.Join(" ", NonEmpty.Where(c => !c.Restored).Select(c => Collapse(c.Text)));

    public Evidence Evidence(TableCell cell) => new(cell.Provenance.Page, Quote)
    {
        Box = cell.Provenance.Box,
        Cell = new CellRef(_tableIndex, Row, cell.Column),
        Confidence = cell.Provenance.Confidence,
    };

    private static string Collapse(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
