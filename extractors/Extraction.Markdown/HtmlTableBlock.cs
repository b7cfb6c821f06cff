using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Extraction.Layout;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Markdown;

/// <summary>Reads an HTML &lt;table&gt; block embedded in Markdown (what PDF-to-Markdown
/// converters write for tables with merged cells) into grid tables: the outer table first, then
/// the tables nested in its cells; spans resolved by <see cref="SpanGrid"/>.</summary>
internal static class HtmlTableBlock
{
    public static List<Table> Read(string html, Provenance provenance, int maxDepth)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var tables = new List<Table>();
        var pending = new Queue<(IElement Table, int Depth)>();
        foreach (var table in document.Body!.Children.Where(e => e.LocalName == "table"))
        {
            pending.Enqueue((table, 0));
        }

        while (pending.Count > 0)
        {
            var (table, depth) = pending.Dequeue();
            if (depth > maxDepth || table is not IHtmlTableElement t)
            {
                continue;
            }

            var rows = new List<IReadOnlyList<SpanCell>>();
            foreach (var row in t.Rows)
            {
                rows.Add(row.Cells.Select(c => new SpanCell(CellText(c, pending, depth), Span(c, "rowspan", 0), Span(c, "colspan", 1))).ToList());
            }

            if (SpanGrid.Build(rows, provenance) is { } built)
            {
                tables.Add(built);
            }
        }

        return tables;
    }

    private static string CellText(IElement cell, Queue<(IElement, int)> pending, int depth)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        Collect(cell, line, lines, pending, depth, 0);
        lines.Add(line.ToString());
        return ParagraphText.CollapseLines(lines.Select(MarkdigText.Inline));
    }

    private static void Collect(INode node, StringBuilder line, List<string> lines, Queue<(IElement, int)> pending, int depth, int level)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    line.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    lines.Add(line.ToString());
                    line.Clear();
                    break;
                case IElement { LocalName: "table" } nested:
                    // The parent cell keeps the nested text; the nested table also becomes a table.
                    pending.Enqueue((nested, depth + 1));
                    lines.Add(line.ToString());
                    line.Clear();
                    line.Append(nested.TextContent);
                    lines.Add(line.ToString());
                    line.Clear();
                    break;
                case IElement element when level < 32:
                    var block = element.LocalName is "p" or "div" or "li" or "tr";
                    if (block)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    Collect(element, line, lines, pending, depth, level + 1);
                    if (block)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    break;
            }
        }
    }

    private static int Span(IElement cell, string attribute, int min)
    {
        var value = cell.GetAttribute(attribute);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
            ? Math.Min(n, SpanGrid.MaxColumns * 64)
            : 1;
    }
}
