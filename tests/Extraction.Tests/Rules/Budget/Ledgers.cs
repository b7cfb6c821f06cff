using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Tests.Rules.Budget;

/// <summary>Builds small 决算/预算 documents for the amount-table checks: blocks in order (a title line, a unit line,
/// a table), and tables from string grids where "&lt;" continues the cell to the left and "^" the cell above.</summary>
internal static class Ledgers
{
    public static AnalysisContext Context(params Block[] blocks) =>
        new(new Document("test", [new Page(1, blocks)], []), new DocumentMetadata(DocumentKind.Other), [], [], []);

    public static Block[] Titled(string title, Table table, string unit = "万元") =>
        [new Paragraph(title, Provenance.OnPage(1)), new Paragraph($"单位：{unit}", Provenance.OnPage(1)), table];

    public static Table Grid(params string[][] rows)
    {
        var columns = rows.Max(r => r.Length);
        var owner = new (int Row, int Column)?[rows.Length, columns];
        var spans = new Dictionary<(int, int), (int Rows, int Columns)>();
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var text = c < rows[r].Length ? rows[r][c] : string.Empty;
                var merged = text == "<" && c > 0 ? owner[r, c - 1] : text == "^" && r > 0 ? owner[r - 1, c] : null;
                if (merged is { } o)
                {
                    owner[r, c] = o;
                    var s = spans[o];
                    spans[o] = (Math.Max(s.Rows, r - o.Row + 1), Math.Max(s.Columns, c - o.Column + 1));
                }
                else
                {
                    owner[r, c] = (r, c);
                    spans[(r, c)] = (1, 1);
                }
            }
        }

        var cells = spans.Select(p => new TableCell(p.Key.Item1, p.Key.Item2, p.Value.Rows, p.Value.Columns, rows[p.Key.Item1][p.Key.Item2], Provenance.OnPage(1))).ToArray();
        return new Table(cells, rows.Length, columns, Provenance.OnPage(1));
    }

    /// <summary>The document with one cell's text replaced (the cell addressed as findings address it).</summary>
    public static Document Replace(Document document, CellRef at, string text)
    {
        var index = 0;
        var pages = new List<Page>();
        foreach (var page in document.Pages)
        {
            var blocks = new List<Block>();
            foreach (var block in page.Blocks)
            {
                if (block is Table table && index++ == at.Table)
                {
                    blocks.Add(table with { Cells = table.Cells.Select(c => c.Row == at.Row && c.Column == at.Column ? c with { Text = text } : c).ToArray() });
                }
                else
                {
                    blocks.Add(block);
                }
            }

            pages.Add(page with { Blocks = blocks });
        }

        return document with { Pages = pages };
    }

    public static Finding[] Alarms(ICheck check, AnalysisContext context) =>
        check.Run(context).Where(f => f.Severity >= Severity.Warning).ToArray();

    public static bool Cites(Finding finding, CellRef cell) => finding.Evidence.Any(e => e.Cell == cell);
}
