using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Word;

/// <summary>Places Word table cells on the grid: w:gridBefore skips columns, w:gridSpan widens a
/// cell, a legacy w:hMerge continue cell widens the cell on its left (as if by w:gridSpan),
/// w:vMerge="restart" opens a vertical merge that following w:vMerge (continue) cells in the
/// same grid column extend. Widths are clamped to <see cref="SpanGrid.MaxColumns"/>.</summary>
internal sealed class WordTableGrid
{
    private readonly List<CellBuilder> _cells = [];
    private readonly int _gridColumns;
    private readonly Dictionary<int, CellBuilder> _openMerges = new();
    private int _row = -1;
    private int _column;
    private int _columnCount;
    private CellBuilder? _left;

    /// <param name="gridColumns">Columns declared by w:tblGrid (0 when missing): spans are clamped to it.</param>
    public WordTableGrid(int gridColumns) => _gridColumns = Math.Min(gridColumns, SpanGrid.MaxColumns);

    public void StartRow(int gridBefore)
    {
        _row++;
        _column = Math.Clamp(gridBefore, 0, SpanGrid.MaxColumns - 1);
        _left = null;
    }

    public void EndRow(int gridAfter) =>
        _columnCount = Math.Max(_columnCount, Math.Min(SpanGrid.MaxColumns, _column + Math.Max(0, gridAfter)));

    /// <param name="continuesLeft">The cell is a w:hMerge continuation: part of the cell on its left.</param>
    public void AddCell(string text, int gridSpan, VerticalMerge merge, bool continuesLeft, int page)
    {
        if (_column >= SpanGrid.MaxColumns)
        {
            return;
        }

        var limit = _gridColumns == 0 ? SpanGrid.MaxColumns : Math.Max(_gridColumns, _column + 1);
        var span = Math.Clamp(gridSpan, 1, limit - _column);
        if (continuesLeft && _left is { } left)
        {
            Widen(left, text, span);
        }
        else if (merge == VerticalMerge.Continue && _openMerges.TryGetValue(_column, out var open) && open.LastRow == _row - 1)
        {
            open.RowSpan++;
            if (text.Length > 0)
            {
                // Word hides text typed into a continued cell; keep it rather than lose it.
                open.Text = open.Text.Length == 0 ? text : open.Text + "\n" + text;
            }

            _left = open;
        }
        else
        {
            var cell = new CellBuilder(_row, _column, span, text, page);
            _cells.Add(cell);
            for (var c = _column; c < _column + span; c++)
            {
                _openMerges.Remove(c);
            }

            if (merge != VerticalMerge.None)
            {
                _openMerges[_column] = cell;
            }

            _left = cell;
        }

        _column += span;
        _columnCount = Math.Max(_columnCount, _column);
    }

    /// <summary>A horizontal continuation: the cell on the left takes the columns when it was placed in this
    /// row and ends where the continuation starts; a cell merged down from above already covers them when
    /// its restart row was merged the same way, else the columns stay empty rather than widen rows above.</summary>
    private void Widen(CellBuilder left, string text, int span)
    {
        if (left.Row == _row && left.Column + left.ColumnSpan == _column)
        {
            left.ColumnSpan += span;
            for (var c = _column; c < _column + span; c++)
            {
                _openMerges.Remove(c);
            }
        }

        if (text.Length > 0)
        {
            // Word shows only the first cell's text; keep typed-in text rather than lose it.
            left.Text = left.Text.Length == 0 ? text : left.Text + "\n" + text;
        }
    }

    public Table? Build(Provenance provenance)
    {
        if (_cells.Count == 0)
        {
            return null;
        }

        var columns = Math.Max(_columnCount, _gridColumns);
        var cells = _cells.Select(c => new TableCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text, Provenance.OnPage(c.Page))).ToList();
        return new Table(cells, _row + 1, columns, provenance);
    }

    private sealed class CellBuilder(int row, int column, int columnSpan, string text, int page)
    {
        public int Row { get; } = row;

        public int Column { get; } = column;

        public int ColumnSpan { get; set; } = columnSpan;

        public int RowSpan { get; set; } = 1;

        public string Text { get; set; } = text;

        public int Page { get; } = page;

        public int LastRow => Row + RowSpan - 1;
    }
}
