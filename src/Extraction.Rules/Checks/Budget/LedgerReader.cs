using System.Text.RegularExpressions;
using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Budget;

/// <summary>Reads a document's tables as <see cref="LedgerTable"/>s. A table directly followed by another with the
/// same number of columns (no paragraph between: a page break) is one table; the continuation's repeated header
/// rows are dropped. The title is the nearest line above the table that names a 表; the unit comes from its 单位 line.</summary>
internal static partial class LedgerReader
{
    private const int LookBack = 4;

    private static readonly string[] TextLeaves = ["项目", "类", "款", "项", "序号", "单位"];
    private static readonly string[] TextWords = ["名称", "编码", "备注", "说明"];

    /// <summary>The document's ledgers, read once and shared by every budget check (<see cref="AnalysisViews"/>).</summary>
    public static IReadOnlyList<LedgerTable> Of(Pipeline.AnalysisContext context) =>
        context.Views.Get(context.Document, () => Read(context.Document));

    public static IReadOnlyList<LedgerTable> Read(Document document)
    {
        var groups = new List<(string Title, string Unit, List<(Table Table, int Index)> Pieces)>();
        var lines = new List<string>();
        var tableIndex = 0;
        Block? previous = null;
        foreach (var block in document.Blocks)
        {
            if (block is Paragraph p)
            {
                lines.Add(p.Text);
            }
            else if (block is Table t)
            {
                var index = tableIndex++;
                if (previous is Table before && before.ColumnCount == t.ColumnCount && groups.Count > 0)
                {
                    groups[^1].Pieces.Add((t, index));
                }
                else
                {
                    var recent = lines.TakeLast(LookBack).ToArray();
                    groups.Add((Title(recent), Unit(recent), [(t, index)]));
                }

                lines.Clear();
            }

            previous = block;
        }

        var tables = new List<LedgerTable>();
        foreach (var (title, unit, pieces) in groups)
        {
            tables.Add(Build(tables.Count, title, unit, pieces));
        }

        return tables;
    }

    private static string Title(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var key = TextNormalizer.Key(lines[i]);
            if (key.Contains('表', StringComparison.Ordinal) && key.Length <= 60 && !key.StartsWith("注", StringComparison.Ordinal))
            {
                return key;
            }
        }

        return string.Empty;
    }

    private static string Unit(string[] lines)
    {
        foreach (var line in lines.Reverse())
        {
            var m = UnitPattern().Match(TextNormalizer.Key(line));
            if (m.Success)
            {
                return m.Groups[1].Value;
            }
        }

        return string.Empty;
    }

    private static LedgerTable Build(int index, string title, string unit, List<(Table Table, int Index)> pieces)
    {
        var columns = pieces[0].Table.ColumnCount;
        var rows = new List<LedgerCell?[]>();
        var headerEnd = 0;
        IReadOnlyList<TableCell> headerCells = [];
        for (var p = 0; p < pieces.Count; p++)
        {
            var (table, tableIndex) = pieces[p];
            var grid = table.ToGrid();
            var first = FirstDataRow(grid, table.RowCount, columns);
            if (p == 0)
            {
                headerEnd = first;
                headerCells = table.Cells.Where(c => c.Row < first && !string.IsNullOrWhiteSpace(c.Text)).OrderBy(c => c.Row).ThenBy(c => c.Column).ToArray();
            }

            for (var r = first; r < table.RowCount; r++)
            {
                var row = new LedgerCell?[columns];
                for (var c = 0; c < columns; c++)
                {
                    var cell = grid[r, c];
                    row[c] = cell is null ? null : new LedgerCell(cell.Text, cell.Provenance, new CellRef(tableIndex, cell.Row, cell.Column), cell.Row == r && cell.Column == c, cell.ColumnSpan);
                }

                rows.Add(row);
            }
        }

        var header = HeaderTree(headerCells);
        var paths = Enumerable.Range(0, columns)
            .Select(c => string.Join('|', headerCells.Where(h => h.Column <= c && c <= h.LastColumn && !string.IsNullOrWhiteSpace(h.Text)).Select(h => TextNormalizer.Key(h.Text))))
            .ToArray();
        var codeColumns = Enumerable.Range(0, columns).Where(c => IsCodeColumn(rows, c)).ToArray();
        var blocks = new List<CodeBlock>();
        var subColumns = new HashSet<int>();
        for (var k = 0; k < codeColumns.Length; k++)
        {
            var head = codeColumns[k];
            var subs = new List<int>();
            for (var c = head + 1; c < columns && c <= head + 2 && IsSubCodeColumn(rows, c); c++)
            {
                subs.Add(c);
            }

            subColumns.UnionWith(subs);
            var last = k + 1 < codeColumns.Length ? codeColumns[k + 1] - 1 : columns - 1;
            blocks.Add(new CodeBlock(k == 0 ? 0 : head, last, head, subs, []));
        }

        var amount = Enumerable.Range(0, columns).Select(c => !codeColumns.Contains(c) && !subColumns.Contains(c) && IsAmountColumn(rows, c, paths[c])).ToArray();
        return new LedgerTable
        {
            Index = index,
            Title = title,
            Unit = unit,
            ColumnCount = columns,
            Rows = rows,
            Header = header,
            ColumnPaths = paths,
            AmountColumns = amount,
            Blocks = blocks.Select(b => b with { AmountColumns = Enumerable.Range(b.First, b.Last - b.First + 1).Where(c => amount[c]).ToArray() }).ToArray(),
        };
    }

    /// <summary>The first row with a number in it; rows above are the header (a continuation's repeated header too).</summary>
    private static int FirstDataRow(TableCell?[,] grid, int rowCount, int columns)
    {
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (grid[r, c] is { } cell && cell.Row == r && PrintedNumber.TryParse(cell.Text, out _))
                {
                    return r;
                }
            }
        }

        return rowCount;
    }

    private static List<HeaderNode> HeaderTree(IReadOnlyList<TableCell> cells)
    {
        var roots = new List<HeaderNode>();
        var nodes = new List<(TableCell Cell, HeaderNode Node)>();
        foreach (var cell in cells)
        {
            var node = new HeaderNode(TextNormalizer.Key(cell.Text), cell.Row, cell.Column, cell.LastColumn);
            var parent = nodes.Where(n => n.Cell.LastRow < cell.Row && n.Cell.Column <= cell.Column && cell.LastColumn <= n.Cell.LastColumn)
                .OrderByDescending(n => n.Cell.Row).Select(n => n.Node).FirstOrDefault();
            (parent?.Children ?? roots).Add(node);
            nodes.Add((cell, node));
        }

        return roots;
    }

    private static IEnumerable<string> Anchored(List<LedgerCell?[]> rows, int column) =>
        rows.Select(r => r[column]).Where(c => c is { Anchor: true } && !c.IsEmpty).Select(c => TextNormalizer.Key(c!.Text));

    /// <summary>A column of subject codes: at least two codes and otherwise only labels (合计, 类), no amounts.</summary>
    private static bool IsCodeColumn(List<LedgerCell?[]> rows, int column)
    {
        var texts = Anchored(rows, column).ToArray();
        return texts.Count(SubjectCodes.IsHead) >= 2 && texts.All(t => SubjectCodes.IsHead(t) || !PrintedNumber.TryParse(t, out _));
    }

    private static bool IsSubCodeColumn(List<LedgerCell?[]> rows, int column)
    {
        var texts = Anchored(rows, column).ToArray();
        return texts.Any(SubjectCodes.IsSub) && texts.All(t => SubjectCodes.IsSub(t) || !PrintedNumber.TryParse(t, out _) && t.Length <= 2);
    }

    /// <summary>A column of amounts: numbers and dashes only. An empty column counts when its header names money,
    /// not a label (an unused fund's column is a part worth 0).</summary>
    private static bool IsAmountColumn(List<LedgerCell?[]> rows, int column, string path)
    {
        var texts = Anchored(rows, column).ToArray();
        return texts.Length > 0
            ? texts.All(t => PrintedNumber.TryParse(t, out _))
            : rows.Count > 0 && path.Length > 0 && !TextLeaves.Contains(path[(path.LastIndexOf('|') + 1)..]) && !TextWords.Any(w => path.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex("单位[:：]?(亿元|千万元|百万元|万元|千元|元)")]
    private static partial Regex UnitPattern();
}
