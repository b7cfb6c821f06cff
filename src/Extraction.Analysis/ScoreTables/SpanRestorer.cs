using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>The one place where merged cells are restored, for every reader's tables (PDF, OCR, HTML, Markdown, Word,
/// text) before anything reads them: each score-table part (found and joined over pages as
/// <see cref="ScoreTableExtractor"/> joins them) gets its flattened level cells back as spans, and the level cells a
/// page break left blank are filled from the groups still open at the end of the part before (<see cref="TableSpans"/>).
/// Other tables are left as read.</summary>
public sealed class SpanRestorer : ITableRestorer
{
    public Document Restore(Document document)
    {
        (Table Table, TableLayout Layout, OpenGroups Open)? previous = null;
        var interrupted = false;
        var changed = false;
        var pages = new List<Page>(document.Pages.Count);
        foreach (var page in document.Pages)
        {
            Block[]? blocks = null;
            for (var i = 0; i < page.Blocks.Count; i++)
            {
                var block = page.Blocks[i];
                if (block is Paragraph paragraph)
                {
                    interrupted |= previous is not null && ScoreTableExtractor.StartsSomethingElse(paragraph);
                    continue;
                }

                if (block is not Table table || table.RowCount == 0 || table.ColumnCount == 0)
                {
                    continue;
                }

                var grid = table.ToGrid();
                var layout = TableLayout.Detect(table, grid);
                var joinable = previous is { } p && !interrupted && p.Table.ColumnCount == table.ColumnCount && !Closed(p.Table, p.Layout);
                OpenGroups? open = null;
                TableLayout? own = null;
                if (layout is not null)
                {
                    own = layout;
                    open = joinable && previous!.Value.Layout.Signature == layout.Signature ? previous.Value.Open : null;
                }
                else if (joinable && (table.ContinuesPrevious || ScoreTableExtractor.LooksLikeData(table, grid, previous!.Value.Layout)))
                {
                    own = previous!.Value.Layout.WithFirstDataRow(0);
                    open = previous.Value.Open;
                }

                if (own is null)
                {
                    previous = null;
                    interrupted = false;
                    continue;
                }

                var continued = open is not null;
                open ??= new OpenGroups();
                var restored = TableSpans.Restore(table, own, open, continued);
                if (!ReferenceEquals(restored, table))
                {
                    blocks ??= [.. page.Blocks];
                    blocks[i] = restored;
                    changed = true;
                }

                previous = (restored, own, open);
                interrupted = false;
            }

            pages.Add(blocks is null ? page : page with { Blocks = blocks });
        }

        return changed ? document with { Pages = pages } : document;
    }

    /// <summary>A total or grade row after the indicators ends the table: a part after it starts another table (a 合计
    /// row printed first, above the indicators, does not).</summary>
    private static bool Closed(Table table, TableLayout layout)
    {
        var names = layout.Levels.Select(layout.NameColumn).OfType<int>().ToHashSet();
        var indicators = false;
        foreach (var row in table.Cells.Where(c => c.Row >= layout.FirstDataRow).GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            if (row.Any(c => RowLabels.IsTotal(c.Text) || RowLabels.IsGrade(c.Text)))
            {
                if (indicators)
                {
                    return true;
                }

                continue;
            }

            indicators |= row.Any(c => names.Contains(c.Column) && TextNormalizer.Key(c.Text).Length > 0);
        }

        return false;
    }
}
