using Extraction.Text;

namespace Extraction.Rules.Checks.Budget;

/// <summary>An amount table of a 决算/预算 document as the checks read it: one logical table (a table continued
/// on the next pages is joined), its title and unit from the lines above it, its header as a tree, its data rows,
/// which columns hold amounts, and its subject-code blocks.</summary>
internal sealed class LedgerTable
{
    private static readonly string[] HeaderWords = ["类", "款", "项"];

    public required int Index { get; init; }

    public required string Title { get; init; }

    /// <summary>元, 万元 …, or empty when no 单位 line precedes the table.</summary>
    public required string Unit { get; init; }

    public required int ColumnCount { get; init; }

    /// <summary>Data rows, each ColumnCount long (null where the grid has a hole).</summary>
    public required IReadOnlyList<LedgerCell?[]> Rows { get; init; }

    /// <summary>Top-level header cells.</summary>
    public required IReadOnlyList<HeaderNode> Header { get; init; }

    /// <summary>Per column: the header texts above it, top to bottom, joined by '|'.</summary>
    public required IReadOnlyList<string> ColumnPaths { get; init; }

    public required IReadOnlyList<bool> AmountColumns { get; init; }

    public required IReadOnlyList<CodeBlock> Blocks { get; init; }

    public LedgerCell? Cell(int row, int column) => column >= 0 && column < ColumnCount ? Rows[row][column] : null;

    /// <summary>The subject code of a row in a block (类 301, 款 30101, 项 2013901; split codes joined), or null.</summary>
    public string? Code(int row, CodeBlock block)
    {
        var head = Cell(row, block.CodeColumn);
        if (head is null || !head.Anchor)
        {
            return null;
        }

        var code = TextNormalizer.Key(head.Text);
        if (!SubjectCodes.IsHead(code))
        {
            return null;
        }

        foreach (var c in block.SubCodeColumns)
        {
            var sub = Cell(row, c);
            var text = sub is { Anchor: true } ? TextNormalizer.Key(sub.Text) : string.Empty;
            if (text.Length == 0)
            {
                break;
            }

            if (!SubjectCodes.IsSub(text))
            {
                return null;
            }

            code += text;
        }

        return SubjectCodes.Level(code) > 0 ? code : null;
    }

    /// <summary>The row's name within a block: the first text that is neither an amount, a code nor a header word.</summary>
    public string Label(int row, CodeBlock? block)
    {
        var (first, last) = block is null ? (0, ColumnCount - 1) : (block.First, block.Last);
        for (var c = first; c <= last; c++)
        {
            var cell = Cell(row, c);
            if (AmountColumns[c] || cell is null || cell.IsEmpty)
            {
                continue;
            }

            var key = TextNormalizer.Key(cell.Text);
            if (key.All(char.IsAsciiDigit) || HeaderWords.Contains(key))
            {
                continue;
            }

            return key;
        }

        return string.Empty;
    }

    /// <summary>The header leaf of a column (its lowest header text).</summary>
    public string Leaf(int column)
    {
        var path = ColumnPaths[column];
        var bar = path.LastIndexOf('|');
        return bar < 0 ? path : path[(bar + 1)..];
    }
}
