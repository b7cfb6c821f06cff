using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Html;

/// <summary>Turns a &lt;table&gt; element into the grid model: own rows only (nested tables are
/// separate), spans from the rowspan/colspan attributes, cell text with line breaks.</summary>
internal static class HtmlTables
{
    private const int MaxRowSpan = 65534;

    public static IEnumerable<IElement> Rows(IElement table) =>
        table is IHtmlTableElement t ? t.Rows : [];

    public static IEnumerable<IElement> Cells(IElement row) =>
        row is IHtmlTableRowElement r ? r.Cells : [];

    /// <summary>The table (or null when it has no cells) and the tables nested in its cells.</summary>
    public static (Table? Table, List<IElement> Nested) Build(IElement table, int depth, int maxDepth, Provenance provenance)
    {
        var nested = new List<IElement>();
        var rows = new List<IReadOnlyList<SpanCell>>();
        foreach (var row in Rows(table))
        {
            var cells = new List<SpanCell>();
            foreach (var cell in Cells(row))
            {
                var text = HtmlText.Of(cell, depth + 2, maxDepth, nested);
                cells.Add(new SpanCell(text, Span(cell, "rowspan", 0, MaxRowSpan), Span(cell, "colspan", 1, SpanGrid.MaxColumns)));
            }

            rows.Add(cells);
        }

        var caption = table is IHtmlTableElement { Caption: { } c } ? HtmlText.OneLine(c, depth + 1, maxDepth) : null;
        return (SpanGrid.Build(rows, provenance, string.IsNullOrEmpty(caption) ? null : caption), nested);
    }

    /// <summary>Parses a span attribute as browsers do (leading digits); missing or bad means 1.</summary>
    private static int Span(IElement cell, string attribute, int min, int max)
    {
        var value = cell.GetAttribute(attribute)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return 1;
        }

        var digits = 0;
        while (digits < value.Length && digits < 9 && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        if (digits == 0 || !int.TryParse(value.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return 1;
        }

        return n < min ? 1 : Math.Min(n, max);
    }
}
