using System.Text;
using System.Text.RegularExpressions;
using Extraction.Layout;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Markdown;

/// <summary>Pipe tables (GitHub style, with a delimiter row), tab-separated layout text and cell-per-line text.</summary>
internal static partial class MarkdownTables
{
    /// <summary>Whether the line is a pipe table's delimiter row (`| :--- | ---: |`).</summary>
    public static bool IsDelimiterRow(string line) => line.Contains('-', StringComparison.Ordinal) && DelimiterRow().IsMatch(line);

    public static bool IsPipeRow(string line) => line.Contains('|', StringComparison.Ordinal);

    /// <summary>Splits a pipe row at unescaped pipes outside code spans; outer pipes are optional.</summary>
    public static List<string> SplitPipeRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inCode = false;
        var trimmed = line.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '\\' && i + 1 < trimmed.Length && trimmed[i + 1] == '|')
            {
                cell.Append('|');
                i++;
                continue;
            }

            if (c == '`')
            {
                inCode = !inCode;
            }

            if (c == '|' && !inCode)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                continue;
            }

            cell.Append(c);
        }

        cells.Add(cell.ToString());
        if (trimmed.StartsWith('|'))
        {
            cells.RemoveAt(0);
        }

        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal) && cells.Count > 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    /// <summary>A pipe table: the header row's width rules (extra cells dropped, missing ones empty).</summary>
    public static Table? Pipe(IReadOnlyList<string> rows, Provenance provenance)
    {
        var width = SplitPipeRow(rows[0]).Count;
        var grid = new List<IReadOnlyList<SpanCell>>(rows.Count);
        foreach (var row in rows)
        {
            var cells = SplitPipeRow(row);
            grid.Add(Enumerable.Range(0, width)
                .Select(i => new SpanCell(i < cells.Count ? CellText(cells[i]) : string.Empty))
                .ToList());
        }

        return SpanGrid.Build(grid, provenance);
    }

    /// <summary>Lines of tab-separated fields: one row per line, one cell per field.</summary>
    public static Table? Tabbed(IReadOnlyList<string> rows, Provenance provenance) =>
        SpanGrid.Build(rows.Select(r => (IReadOnlyList<SpanCell>)r.Split('\t').Select(f => new SpanCell(CellText(f))).ToList()).ToList(), provenance);

    /// <summary>A cell-per-line table: short rows (horizontal merges written once) placed by <see cref="ShortRowSpans"/>.</summary>
    public static Table? CellPerLine(CellLineRun run, Provenance provenance) =>
        SpanGrid.Build(ShortRowSpans.Place(run.Rows.Select(r => (IReadOnlyList<string>)r.Select(c => ParagraphText.CollapseLines(c.Split('\n'))).ToArray()).ToArray(), run.Width), provenance);

    public static int TabFields(string line) => line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t').Length : 0;

    private static string CellText(string markdown) => ParagraphText.CollapseLines(InlineMarkdown.ToText(markdown).Split('\n'));

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();
}
