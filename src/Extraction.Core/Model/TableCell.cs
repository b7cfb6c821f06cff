namespace Extraction.Model;

/// <summary>One cell of a table grid. Row and column are 0-based grid positions of the
/// cell's top-left corner; cells covered by a span are not repeated.</summary>
public sealed record TableCell(
    int Row,
    int Column,
    int RowSpan,
    int ColumnSpan,
    string Text,
    Provenance Provenance)
{
    /// <summary>Text restored from context, not printed in this cell (a level name a page break left blank, see
    /// ITableRestorer): tables read it as the cell's text, figures and quotes do not.</summary>
    public bool Restored { get; init; }

    public int LastRow => Row + RowSpan - 1;

    public int LastColumn => Column + ColumnSpan - 1;

    public bool Covers(int row, int column) =>
        row >= Row && row <= LastRow && column >= Column && column <= LastColumn;
}
