using System.Text.RegularExpressions;
using Extraction.Layout;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Markdown;

/// <summary>Where pipe tables are (their rows are read by Markdig), tab-separated layout text and cell-per-line text.</summary>
internal static partial class MarkdownTables
{
    /// <summary>Whether the line is a pipe table's delimiter row (`| :--- | ---: |`).</summary>
    public static bool IsDelimiterRow(string line) => line.Contains('-', StringComparison.Ordinal) && DelimiterRow().IsMatch(line);

    public static bool IsPipeRow(string line) => line.Contains('|', StringComparison.Ordinal);

    /// <summary>Whether the line is a thematic break (`---`, `***`, `___`, spaced or not).</summary>
    public static bool IsRule(string line) => Rule().IsMatch(line);

    /// <summary>Lines of tab-separated fields: one row per line, one cell per field.</summary>
    public static Table? Tabbed(IReadOnlyList<string> rows, Provenance provenance) =>
        SpanGrid.Build(rows.Select(r => (IReadOnlyList<SpanCell>)r.Split('\t').Select(f => new SpanCell(CellText(f))).ToList()).ToList(), provenance);

    /// <summary>A cell-per-line table: short rows (horizontal merges written once) placed by <see cref="ShortRowSpans"/>.</summary>
    public static Table? CellPerLine(CellLineRun run, Provenance provenance) =>
        SpanGrid.Build(ShortRowSpans.Place(run.Rows.Select(r => (IReadOnlyList<string>)r.Select(c => ParagraphText.CollapseLines(c.Split('\n'))).ToArray()).ToArray(), run.Width), provenance);

    public static int TabFields(string line) => line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t').Length : 0;

    private static string CellText(string field) => ParagraphText.CollapseLines(MarkdigText.Inline(field).Split('\n'));

    [GeneratedRegex(@"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();
}
