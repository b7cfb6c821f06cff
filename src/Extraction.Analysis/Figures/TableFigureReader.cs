using System.Text.RegularExpressions;
using Extraction.Analysis.ScoreTables;
using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.Figures;

/// <summary>Figures of table cells. A numeric cell is labelled by its row's first text cell and its column
/// header, its unit taken from the cell or the header ("预算数（元）"); long text cells are read like paragraphs.
/// Score tables are left to the score-table stage except for their prose (criteria, notes).</summary>
internal static partial class TableFigureReader
{
    private const int MaxHeaderRows = 3;
    private const int ProseLength = 12;

    public static void Read(Table table, int tableIndex, List<Figure> figures, List<PrintedFormula> formulas)
    {
        var grid = table.ToGrid();
        var scoreTable = TableLayout.Detect(table, grid) is not null;
        var headerRows = scoreTable ? 0 : HeaderRows(table, grid);
        foreach (var cell in table.Cells)
        {
            var key = TextNormalizer.Key(cell.Text);
            if (key.Length == 0 || cell.Restored)
            {
                continue;
            }

            var source = new FigureSource(cell.Provenance.Page, cell.Provenance.Box, new CellRef(tableIndex, cell.Row, cell.Column), "table", cell.Provenance.Confidence);
            var numeric = NumericCell().Match(key);
            if (!numeric.Success)
            {
                if (key.Length >= ProseLength)
                {
                    TextFigureReader.Read(cell.Text, source, figures, formulas);
                }

                continue;
            }

            if (scoreTable || cell.Row < headerRows)
            {
                continue;
            }

            var header = ColumnHeader(grid, headerRows, cell.Column);
            var unit = numeric.Groups["unit"].Success ? numeric.Groups["unit"].Value : HeaderUnit(header);
            var rowLabel = RowLabel(table, grid, cell.Row);
            var label = TextNormalizer.RemoveWhitespace(rowLabel + HeaderUnitPattern().Replace(header, string.Empty));
            if (label.Length == 0 || unit is null || !PrintedNumber.TryParse(numeric.Groups["n"].Value, out var value))
            {
                continue;
            }

            figures.Add(new Figure(label, value.Value, cell.Text.Trim(), unit, new Evidence(cell.Provenance.Page, RowQuote(table, grid, cell.Row))
            {
                Box = cell.Provenance.Box,
                Cell = source.Cell,
                Confidence = cell.Provenance.Confidence,
            })
            {
                Decimals = value.Decimals,
                ValueYuan = Units.YuanFactor(unit) is { } f ? value.Value * f : null,
                Origin = "table",
            });
        }
    }

    /// <summary>Leading rows without a numeric cell (at most three): the column headers. Shared with the fact walk.</summary>
    internal static int HeaderRows(Table table, TableCell?[,] grid)
    {
        var rows = 0;
        while (rows < Math.Min(MaxHeaderRows, table.RowCount - 1) && Enumerable.Range(0, table.ColumnCount).All(c => grid[rows, c] is not { } cell || !NumericCell().IsMatch(TextNormalizer.Key(cell.Text))))
        {
            rows++;
        }

        return rows;
    }

    internal static string ColumnHeader(TableCell?[,] grid, int headerRows, int column)
    {
        var parts = new List<string>();
        for (var r = 0; r < headerRows; r++)
        {
            if (grid[r, column] is { } cell && (parts.Count == 0 || parts[^1] != cell.Text))
            {
                parts.Add(cell.Text);
            }
        }

        return TextNormalizer.RemoveWhitespace(string.Concat(parts));
    }

    private static string? HeaderUnit(string header)
    {
        var m = HeaderUnitPattern().Match(TextNormalizer.Key(header));
        return m.Success ? m.Groups["u"].Value : null;
    }

    private static string RowLabel(Table table, TableCell?[,] grid, int row)
    {
        for (var c = 0; c < table.ColumnCount; c++)
        {
            if (grid[row, c] is { } cell && !cell.Restored && TextNormalizer.Key(cell.Text) is { Length: > 0 } key && !NumericCell().IsMatch(key))
            {
                return key;
            }
        }

        return string.Empty;
    }

    private static string RowQuote(Table table, TableCell?[,] grid, int row)
    {
        var texts = new List<string>();
        TableCell? last = null;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            if (grid[row, c] is { } cell && cell != last && !cell.Restored && cell.Text.Trim().Length > 0)
            {
                texts.Add(cell.Text.Trim());
            }

            last = grid[row, c];
        }

        return string.Join(" ", texts);
    }

    [GeneratedRegex(@"^(?:完成|约)?(?<n>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?<unit>" + Units.Pattern + ")?$")]
    private static partial Regex NumericCell();

    [GeneratedRegex(@"[（(](?<u>亿元|万元|千元|元|%|人|个|次|分)[)）]")]
    private static partial Regex HeaderUnitPattern();
}
