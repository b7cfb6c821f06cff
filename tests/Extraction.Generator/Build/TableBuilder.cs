using Extraction.Generator.Model;

namespace Extraction.Generator.Build;

/// <summary>Builds one table cell by cell; rows grow as cells are added. <see cref="Add"/> places it in the document.</summary>
public sealed class TableBuilder
{
    private readonly DocBuilder _document;
    private readonly int _index;
    private readonly string _role;
    private readonly string? _caption;
    private readonly int _columns;
    private readonly int _headerRows;
    private readonly List<GenCell> _cells = [];
    private int _rows;

    internal TableBuilder(DocBuilder document, int index, string role, string? caption, int columns, int headerRows)
    {
        _document = document;
        _index = index;
        _role = role;
        _caption = caption;
        _columns = columns;
        _headerRows = headerRows;
    }

    public int Index => _index;

    public int Rows => _rows;

    public TableBuilder Cell(int row, int column, params object[] parts) => Span(row, column, 1, 1, parts);

    public TableBuilder Span(int row, int column, int rowSpan, int colSpan, params object[] parts)
    {
        if (column + colSpan > _columns)
        {
            throw new ArgumentOutOfRangeException(nameof(column), $"expected a cell inside {_columns} columns, found column {column} span {colSpan}");
        }

        _cells.Add(new GenCell(row, column, rowSpan, colSpan, DocBuilder.Runs(parts), row < _headerRows));
        _rows = Math.Max(_rows, row + rowSpan);
        return this;
    }

    /// <summary>A whole row of single cells from column 0.</summary>
    public TableBuilder Line(int row, params object[] cells)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            Cell(row, c, cells[c]);
        }

        return this;
    }

    /// <summary>A row of single cells from <paramref name="column"/>.</summary>
    public TableBuilder Line2(int row, int column, params object[] cells)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            Cell(row, column + c, cells[c]);
        }

        return this;
    }

    public GenTable Add()
    {
        var table = new GenTable(_index, _role, _caption, _rows, _columns, _headerRows,
            [.. _cells.OrderBy(c => c.Row).ThenBy(c => c.Column)]);
        _document.AddTable(table);
        return table;
    }
}
