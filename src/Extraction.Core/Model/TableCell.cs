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
    public int LastRow => Row + RowSpan - 1;

    public int LastColumn => Column + ColumnSpan - 1;

    public bool Covers(int row, int column) =>
        row >= Row && row <= LastRow && column >= Column && column <= LastColumn;
}
