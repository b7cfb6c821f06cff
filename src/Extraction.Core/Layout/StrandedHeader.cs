using Extraction.Model;

namespace Extraction.Layout;

/// <summary>A table's header rows left alone at the foot of a page, its body starting on the next (producers
/// that do not keep a header with the first row, Chromium among them). Moved to the top of the body's part, the
/// header stays with the columns it names.</summary>
internal static class StrandedHeader
{
    /// <summary>Most rows a header has.</summary>
    private const int MaxRows = 5;

    /// <summary>Whether the part is only header rows: few rows and no digit in any cell.</summary>
    public static bool IsStranded(Table part) =>
        part.RowCount is > 0 and <= MaxRows && !part.Cells.Any(c => c.Text.Any(char.IsAsciiDigit));

    /// <summary>The body's part with the header's rows on top (cells keep their own pages and boxes).</summary>
    public static Table MoveDown(Table header, Table body)
    {
        var moved = body.Cells.Select(c => c with { Row = c.Row + header.RowCount });
        return body with { Cells = [.. header.Cells, .. moved], RowCount = header.RowCount + body.RowCount };
    }
}
