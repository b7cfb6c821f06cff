using System.Globalization;
using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Budget;

/// <summary>Tables of 功能分类/经济分类 subjects (codes joined, 2013901, or split over 类/款/项 columns): per amount
/// column every 类 row is the sum of its 款 rows, every 款 row the sum of its 项 rows, and the 合计/总计 row the sum
/// of the 类 rows. Each code block of a table (two classifications side by side) is its own hierarchy. A parent
/// without children in the table is not checked; a code printed twice with different amounts is left alone.</summary>
public sealed class SubjectHierarchyCheck : ICheck
{
    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var table in LedgerReader.Of(context))
        {
            foreach (var block in table.Blocks)
            {
                foreach (var finding in Check(table, block))
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<Finding> Check(LedgerTable table, CodeBlock block)
    {
        var coded = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicate = new HashSet<string>(StringComparer.Ordinal);
        var totals = new List<int>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var code = table.Code(r, block);
            if (code is null)
            {
                if (IsGrandTotal(table.Label(r, block)))
                {
                    totals.Add(r);
                }
            }
            else if (!coded.TryAdd(code, r))
            {
                duplicate.Add(code);
            }
        }

        foreach (var code in duplicate)
        {
            coded.Remove(code);
        }

        foreach (var (code, row) in coded.OrderBy(p => p.Value))
        {
            var level = SubjectCodes.Level(code);
            if (level >= 3)
            {
                continue;
            }

            var children = coded.Where(p => SubjectCodes.Level(p.Key) == level + 1 && p.Key.StartsWith(code, StringComparison.Ordinal)).Select(p => p.Value).Order().ToArray();
            if (children.Length == 0)
            {
                continue;
            }

            var what = Msg.Of("what.level_rows", ("n", children.Length.ToString(CultureInfo.InvariantCulture)), ("level", SubjectCodes.LevelName(level + 1)));
            foreach (var finding in Columns(table, block, (row, $"{code} {table.Label(row, block)}"), children, what))
            {
                yield return finding;
            }
        }

        var tops = coded.Where(p => SubjectCodes.Level(p.Key) == 1).Select(p => p.Value).Order().ToArray();
        if (tops.Length == 0)
        {
            yield break;
        }

        foreach (var total in totals)
        {
            foreach (var finding in Columns(table, block, (total, table.Label(total, block)), tops, Msg.Of("what.level_rows", ("n", tops.Length.ToString(CultureInfo.InvariantCulture)), ("level", "类"))))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> Columns(LedgerTable table, CodeBlock block, (int Row, string Label) parent, int[] children, Msg what)
    {
        foreach (var c in block.AmountColumns)
        {
            var cell = table.Cell(parent.Row, c);
            if (cell is null)
            {
                continue;
            }

            var parts = new List<(LedgerCell, string)>();
            foreach (var child in children)
            {
                if (table.Cell(child, c) is not { } part)
                {
                    parts.Clear();
                    break;
                }

                parts.Add((part, $"{table.Code(child, block)} {table.Label(child, block)}"));
            }

            if (parts.Count == 0)
            {
                continue;
            }

            var finding = LedgerSums.Compare(Name, table, (cell, $"{parent.Label} ({table.Leaf(c)})"), parts, what, emptyTotalIsZero: true);
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private static bool IsGrandTotal(string label)
    {
        var key = TextNormalizer.Key(label);
        return key is "合计" or "总计" or "支出合计" or "收入合计";
    }
}
