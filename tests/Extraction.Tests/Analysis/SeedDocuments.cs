using System.Text.Json;
using Extraction.Model;
using Extraction.Tests.Corpus;

namespace Extraction.Tests.Analysis;

/// <summary>Test scaffolding: builds a <see cref="Document"/> from a seed's structured source
/// (tests/Extraction.Tests/Analysis/SeedSources/seedNNN.json, a copy of corpus/src), tables with their spans.</summary>
internal static class SeedDocuments
{
    public static Document Load(string id, Func<Table, Table>? tableTransform = null)
    {
        var path = RepositoryPaths.Combine("tests", "Extraction.Tests", "Analysis", "SeedSources", id + ".json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var pages = new List<Page>();
        var blocks = new List<Block>();
        var page = 1;
        foreach (var block in json.RootElement.GetProperty("body").EnumerateArray())
        {
            var type = block.GetProperty("type").GetString();
            var provenance = Provenance.OnPage(page);
            switch (type)
            {
                case "page_break":
                case "section_break":
                    pages.Add(new Page(page, blocks.ToArray()));
                    blocks.Clear();
                    page++;
                    break;
                case "title":
                    blocks.Add(new Paragraph(block.GetProperty("text").GetString()!, provenance, 1));
                    break;
                case "heading":
                    blocks.Add(new Paragraph(block.GetProperty("text").GetString()!, provenance, block.TryGetProperty("level", out var l) ? l.GetInt32() : 1));
                    break;
                case "paragraph":
                    var text = block.GetProperty("text").GetString()!;
                    if (block.TryGetProperty("right", out var right))
                    {
                        text += " " + right.GetString();
                    }

                    blocks.Add(new Paragraph(text, provenance));
                    break;
                case "table":
                    var rows = block.GetProperty("rows").EnumerateArray()
                        .Select(r => r.EnumerateArray().Select(c => new SpanCell(
                            c.GetProperty("text").GetString()!,
                            c.TryGetProperty("rowspan", out var rs) ? rs.GetInt32() : 1,
                            c.TryGetProperty("colspan", out var cs) ? cs.GetInt32() : 1)).ToArray())
                        .ToArray();
                    var table = TableFrom(rows, page);
                    blocks.Add(tableTransform is null ? table : tableTransform(table));
                    break;
            }
        }

        pages.Add(new Page(page, blocks.ToArray()));
        return new Document(SourceFormat.Html, pages, []);
    }

    /// <summary>Places HTML-like rows (cells covered by a span omitted) on a grid.</summary>
    public static Table TableFrom(IReadOnlyList<SpanCell[]> rows, int page = 1)
    {
        var taken = new HashSet<(int, int)>();
        var cells = new List<TableCell>();
        var columns = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r])
            {
                while (taken.Contains((r, c)))
                {
                    c++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        taken.Add((r + dr, c + dc));
                    }
                }

                cells.Add(new TableCell(r, c, cell.RowSpan, cell.ColSpan, cell.Text, Provenance.OnPage(page)));
                c += cell.ColSpan;
                columns = Math.Max(columns, c);
            }
        }

        return new Table(cells, rows.Count, columns, Provenance.OnPage(page));
    }

    /// <summary>A document of one page holding the given blocks.</summary>
    public static Document Of(params Block[] blocks) => new(SourceFormat.Html, [new Page(1, blocks)], []);
}

internal sealed record SpanCell(string Text, int RowSpan = 1, int ColSpan = 1);
