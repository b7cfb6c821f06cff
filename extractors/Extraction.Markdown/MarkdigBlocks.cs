using System.Globalization;
using Markdig.Syntax;
using Extraction.Layout;
using Extraction.Model;
using Extraction.Text;
using Block = Extraction.Model.Block;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace Extraction.Markdown;

/// <summary>Turns Markdown parsed by Markdig into the document model: headings keep their level, each paragraph,
/// list item and quoted paragraph is a paragraph of its own (an ordered item keeps its number, "1." is often a
/// section number), code blocks give their lines, HTML blocks their text, pipe tables become grid tables, thematic
/// breaks and link definitions give nothing.</summary>
internal static class MarkdigBlocks
{
    public static void Read(string markdown, Provenance provenance, List<Block> output)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdigPipeline.Instance);
        Walk(document, provenance, output);
    }

    /// <summary>The first table Markdig finds in the text (pipe rows cut out of plain text), or null.</summary>
    public static Table? FirstTable(string markdown, Provenance provenance) =>
        Markdig.Markdown.Parse(markdown, MarkdigPipeline.Instance).Descendants<MarkdigTable>().FirstOrDefault() is { } table
            ? ToTable(table, provenance)
            : null;

    private static void Walk(ContainerBlock container, Provenance provenance, List<Block> output)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case MarkdigTable table:
                    if (ToTable(table, provenance) is { } built)
                    {
                        output.Add(built);
                    }

                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var label = list.IsOrdered ? item.Order.ToString(CultureInfo.InvariantCulture) + list.OrderedDelimiter + " " : null;
                        var start = output.Count;
                        Walk(item, provenance, output);
                        if (label is not null && start < output.Count && output[start] is Paragraph first)
                        {
                            output[start] = first with { Text = label + first.Text };
                        }
                    }

                    break;
                case ContainerBlock nested:
                    Walk(nested, provenance, output);
                    break;
                case HeadingBlock heading:
                    var title = ParagraphText.Collapse(string.Join('\n', MarkdigText.Segments(heading)));
                    if (title.Length > 0)
                    {
                        output.Add(new Paragraph(title, provenance, heading.Level));
                    }

                    break;
                case CodeBlock code:
                    // Fenced code: each line a paragraph (converters fence tables they could not read).
                    foreach (var line in MarkdigText.Raw(code))
                    {
                        Add(output, line, provenance);
                    }

                    break;
                case HtmlBlock html:
                    foreach (var line in HtmlFragmentText.Lines(string.Join('\n', MarkdigText.Raw(html))))
                    {
                        Add(output, LatexText.ReplaceMath(line), provenance);
                    }

                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    foreach (var segment in MarkdigText.Segments(leaf))
                    {
                        output.Add(new Paragraph(segment, provenance));
                    }

                    break;
            }
        }
    }

    private static void Add(List<Block> output, string text, Provenance provenance)
    {
        var collapsed = ParagraphText.Collapse(text);
        if (collapsed.Length > 0)
        {
            output.Add(new Paragraph(collapsed, provenance));
        }
    }

    /// <summary>A pipe table on the shared grid model: each cell's &lt;br&gt; segments are its lines.</summary>
    private static Table? ToTable(MarkdigTable table, Provenance provenance)
    {
        var rows = new List<IReadOnlyList<SpanCell>>();
        foreach (var row in table.OfType<MarkdigTableRow>())
        {
            rows.Add(row.OfType<MarkdigTableCell>()
                .Select(c => new SpanCell(CellText(c), Math.Max(1, c.RowSpan), Math.Max(1, c.ColumnSpan)))
                .ToList());
        }

        return SpanGrid.Build(rows, provenance);
    }

    private static string CellText(MarkdigTableCell cell) =>
        ParagraphText.CollapseLines(cell.Descendants<LeafBlock>().SelectMany(b => b.Inline is null ? MarkdigText.Raw(b) : MarkdigText.Segments(b)));
}
