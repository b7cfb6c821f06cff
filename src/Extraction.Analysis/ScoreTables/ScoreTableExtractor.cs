using Extraction.Analysis.Common;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>Finds 评分表 among the document's tables by their header vocabulary, joins parts continued over
/// pages (header repeated, or no header and the same column count), and reads indicators, total and grade.</summary>
public sealed class ScoreTableExtractor : IScoreTableExtractor
{
    public IReadOnlyList<ScoreTable> Extract(Document document)
    {
        var result = new List<ScoreTable>();
        ScoreTableBuilder? builder = null;
        var interrupted = false;
        var tableIndex = -1;
        IndicatorDraft? funds = null;
        foreach (var block in document.Blocks)
        {
            if (block is Paragraph paragraph)
            {
                interrupted |= builder is not null && StartsSomethingElse(paragraph);
                continue;
            }

            if (block is not Table table || table.RowCount == 0 || table.ColumnCount == 0)
            {
                continue;
            }

            tableIndex++;
            var grid = table.ToGrid();
            var layout = TableLayout.Detect(table, grid);
            // A total closes the table, but a continued part of nothing but summary rows is its rest (a 评价等级 row the
            // page break left alone after the 总分 row).
            var joinable = builder is not null && !interrupted && (!builder.Closed || (table.ContinuesPrevious && OnlySummaryRows(table)))
                && builder.ColumnCount == table.ColumnCount;
            if (layout is not null)
            {
                if (!(joinable && builder!.Layout.Signature == layout.Signature))
                {
                    Finish(builder, result);
                    builder = new ScoreTableBuilder(layout, table.ColumnCount);
                    builder.AddPart(table, tableIndex, layout, continuation: false);
                    if (funds is not null)
                    {
                        // The national form printed as two tables (funds block, then the indicators).
                        builder.AddFunds(funds);
                        funds = null;
                    }
                }
                else
                {
                    builder.AddPart(table, tableIndex, layout, continuation: true);
                }
            }
            else if (joinable && (table.ContinuesPrevious || LooksLikeData(table, grid, builder!.Layout)))
            {
                builder!.AddPart(table, tableIndex, builder.Layout.WithFirstDataRow(0), continuation: true);
            }
            else
            {
                Finish(builder, result);
                builder = null;
                funds = FundsBlock.Read(table, grid, 0, table.RowCount, tableIndex) ?? funds;
            }

            interrupted = false;
        }

        Finish(builder, result);
        return result;
    }

    private static bool OnlySummaryRows(Table table) =>
        table.Cells.Where(c => TextNormalizer.Key(c.Text).Length > 0).GroupBy(c => c.Row)
            .All(row => row.Any(c => RowLabels.IsTotal(c.Text) || RowLabels.IsGrade(c.Text)));

    private static void Finish(ScoreTableBuilder? builder, List<ScoreTable> result)
    {
        if (builder?.Build() is { } table)
        {
            result.Add(table);
        }
    }

    /// <summary>A heading or a table title between two parts means the second is another table.</summary>
    internal static bool StartsSomethingElse(Paragraph paragraph)
    {
        if (paragraph.HeadingLevel is not null)
        {
            return true;
        }

        var key = TextNormalizer.Key(paragraph.Text);
        return key.Length is > 2 and <= 40 && key.EndsWith('表') || key.Length > 60;
    }

    /// <summary>A part without header continues the table when its weight or score column holds numbers.</summary>
    internal static bool LooksLikeData(Table table, TableCell?[,] grid, TableLayout layout)
    {
        int?[] columns = [layout.ScoreColumn, layout.WeightColumn, .. layout.Levels.Select(layout.LevelWeightColumn)];
        for (var r = 0; r < table.RowCount; r++)
        {
            foreach (var c in columns)
            {
                if (c is { } col && grid[r, col] is { } cell && CellNumber.TryParse(cell.Text, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
