using System.Text.Json;

namespace Extraction.Generator.Scoring;

/// <summary>Table structure against the truth's cells, in the spirit of TEDS but alignment-free: every non-empty cell is a
/// token (its text without whitespace, with its row and column span), and the grid is the multiset of adjacency relations
/// between tokens — each cell with its nearest non-empty neighbour to the right in every row it covers and below in every
/// column it covers (Göbel et al., ICDAR 2013 table competition), deduplicated per pair. A lost or extra row or column,
/// two rows mixed, a cell split or a span flattened all break relations; the tables of a document need not be matched to
/// each other first (a table cut by a page break, or read as two, only loses the relations across the cut). Cells are
/// also counted alone: by text, and by text with spans. docs/generated.md explains the choice.</summary>
public static class TableStructure
{
    /// <summary>A table as origin cells (row, column, row span, column span, text); covered cells are not listed.</summary>
    public sealed record Grid(IReadOnlyList<(int Row, int Column, int RowSpan, int ColSpan, string Text)> Cells);

    public sealed record Counts(int Cells, int CellsText, int CellsSpan, int Relations, int Predicted, int Matched);

    /// <summary>Truth tables from an extraction.generated/v1 document.</summary>
    public static IReadOnlyList<Grid> TruthTables(JsonElement truth) =>
        [.. truth.GetProperty("tables").EnumerateArray().Select(t => Read(t.GetProperty("cells"), "rowspan", "colspan"))];

    /// <summary>Tables the reader produced, from the bench's `<id>.tables.json` ({"tables":[{"cells":[{row,column,
    /// row_span,column_span,text}]}]}).</summary>
    public static IReadOnlyList<Grid> ReadTables(JsonElement tables) =>
        [.. tables.GetProperty("tables").EnumerateArray().Select(t => Read(t.GetProperty("cells"), "row_span", "column_span"))];

    public static Counts Compare(IReadOnlyList<Grid> truth, IReadOnlyList<Grid> read)
    {
        var truthTokens = truth.SelectMany(Tokens).ToList();
        var readTokens = read.SelectMany(Tokens).ToList();
        var truthRelations = truth.SelectMany(Relations).ToList();
        var readRelations = read.SelectMany(Relations).ToList();
        return new Counts(
            truthTokens.Count,
            Common(truthTokens.Select(t => t.Text), readTokens.Select(t => t.Text)),
            Common(truthTokens.Select(t => t.Token), readTokens.Select(t => t.Token)),
            truthRelations.Count,
            readRelations.Count,
            Common(truthRelations, readRelations));
    }

    private static Grid Read(JsonElement cells, string rowSpan, string colSpan) =>
        new([.. cells.EnumerateArray().Select(c => (
            c.GetProperty("row").GetInt32(), c.GetProperty("column").GetInt32(),
            Math.Max(1, c.GetProperty(rowSpan).GetInt32()), Math.Max(1, c.GetProperty(colSpan).GetInt32()),
            Normal(c.GetProperty("text").GetString())))]);

    private static IEnumerable<(string Text, string Token)> Tokens(Grid grid) =>
        grid.Cells.Where(c => c.Text.Length > 0).Select(c => (c.Text, Token(c)));

    private static string Token((int Row, int Column, int RowSpan, int ColSpan, string Text) c) => $"{c.Text}⟨{c.RowSpan}×{c.ColSpan}⟩";

    /// <summary>Right and down neighbours of every non-empty cell, one relation per pair and direction.</summary>
    private static IEnumerable<string> Relations(Grid grid)
    {
        var cells = grid.Cells.Where(c => c.Text.Length > 0).ToList();
        if (cells.Count == 0)
        {
            return [];
        }

        var rows = cells.Max(c => c.Row + c.RowSpan);
        var columns = cells.Max(c => c.Column + c.ColSpan);
        var at = new int[rows, columns];
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
            {
                for (var k = c.Column; k < c.Column + c.ColSpan; k++)
                {
                    at[r, k] = i + 1;
                }
            }
        }

        var pairs = new HashSet<(int From, int To, char Way)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
            {
                for (var k = c.Column + c.ColSpan; k < columns; k++)
                {
                    if (at[r, k] is > 0 and var n && n != i + 1)
                    {
                        pairs.Add((i, n - 1, 'H'));
                        break;
                    }
                }
            }

            for (var k = c.Column; k < c.Column + c.ColSpan; k++)
            {
                for (var r = c.Row + c.RowSpan; r < rows; r++)
                {
                    if (at[r, k] is > 0 and var n && n != i + 1)
                    {
                        pairs.Add((i, n - 1, 'V'));
                        break;
                    }
                }
            }
        }

        return pairs.Select(p => $"{Token(cells[p.From])}{p.Way}{Token(cells[p.To])}");
    }

    /// <summary>Size of the multiset intersection.</summary>
    private static int Common(IEnumerable<string> a, IEnumerable<string> b)
    {
        var counts = a.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var x in b)
        {
            if (counts.TryGetValue(x, out var n) && n > 0)
            {
                counts[x] = n - 1;
                common++;
            }
        }

        return common;
    }

    private static string Normal(string? text) =>
        new([.. (text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"'))]);
}
