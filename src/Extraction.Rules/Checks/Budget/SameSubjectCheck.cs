using Extraction.Messages;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Budget;

/// <summary>The same subject with different amounts in two tables of one document, where the two columns mean the
/// same money (<see cref="ColumnMeaning"/>: same flow, fund, kind, stage and unit). A subject is its code; a row
/// without a code (the 收入支出总表's "一、一般公共服务支出") is matched by name to a 类 printed with a code elsewhere
/// in the document. Amounts are intervals: two roundings of one value (326.71 / 326.72) are not flagged.</summary>
public sealed partial class SameSubjectCheck : ICheck
{
    public string Name => CheckNames.TableTable;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var tables = LedgerReader.Of(context);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var block in table.Blocks)
            {
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    if (table.Code(r, block) is { Length: 3 } code)
                    {
                        classes.TryAdd(Subject(table.Label(r, block)), code);
                    }
                }
            }
        }

        var seen = new Dictionary<(string Code, string Meaning), List<(LedgerTable Table, LedgerCell Cell, string Label)>>();
        foreach (var table in tables)
        {
            foreach (var (row, code, columns) in Subjects(table, classes))
            {
                foreach (var c in columns)
                {
                    if (ColumnMeaning.Of(table, c) is not { } meaning || table.Cell(row, c) is not { } cell || !cell.TryAmount(out _))
                    {
                        continue;
                    }

                    var key = (code, meaning);
                    if (!seen.TryGetValue(key, out var list))
                    {
                        seen[key] = list = [];
                    }

                    list.Add((table, cell, $"{code} {table.Label(row, table.Blocks.FirstOrDefault(b => b.First <= c && c <= b.Last))} ({table.Leaf(c)})"));
                }
            }
        }

        foreach (var ((code, _), list) in seen)
        {
            var first = list[0];
            foreach (var other in list.Where(o => o.Table != first.Table).DistinctBy(o => o.Table))
            {
                var finding = Compare(first, other);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Compare((LedgerTable Table, LedgerCell Cell, string Label) a, (LedgerTable Table, LedgerCell Cell, string Label) b)
    {
        a.Cell.TryAmount(out var x);
        b.Cell.TryAmount(out var y);
        if (x.Meets(y))
        {
            return null;
        }

        var unit = a.Table.Unit.Length > 0 ? $" {a.Table.Unit}" : string.Empty;
        return FindingFactory.Make(
            Name,
            FindingFactory.ByGap(x.Gap(y), Math.Max(Math.Abs(a.Cell.Value), Math.Abs(b.Cell.Value)), percent: false),
            Msg.Of("finding.same_subject", ("label", b.Label), ("a", b.Cell.Shown + unit), ("table_a", Title(b.Table)), ("b", a.Cell.Shown + unit), ("table_b", Title(a.Table))),
            [b.Cell.Evidence(b.Label), a.Cell.Evidence(a.Label)],
            b.Cell.Value,
            a.Cell.Value,
            tolerance: (x.Width + y.Width) / 2m,
            relation: FindingFactory.Same($"{Title(b.Table)} {b.Cell.Shown}", $"{Title(a.Table)} {a.Cell.Shown}"));
    }

    private static string Title(LedgerTable table) => table.Title.Length > 0 ? table.Title : $"#{table.Index + 1}";

    /// <summary>Each subject row with its code and the amount columns that belong to it.</summary>
    private static IEnumerable<(int Row, string Code, IReadOnlyList<int> Columns)> Subjects(LedgerTable table, Dictionary<string, string> classes)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Blocks.Count > 0)
            {
                foreach (var block in table.Blocks)
                {
                    if (table.Code(r, block) is { } code)
                    {
                        yield return (r, code, block.AmountColumns);
                    }
                }

                continue;
            }

            // Uncoded (two-sided) tables: a label owns the amount columns right of it up to the next label.
            for (var c = 0; c < table.ColumnCount; c++)
            {
                var cell = table.Cell(r, c);
                if (table.AmountColumns[c] || cell is not { Anchor: true } || cell.IsEmpty || !classes.TryGetValue(Subject(cell.Text), out var code))
                {
                    continue;
                }

                var columns = new List<int>();
                for (var k = c + cell.ColumnSpan; k < table.ColumnCount && table.AmountColumns[k]; k++)
                {
                    columns.Add(k);
                }

                yield return (r, code, columns);
            }
        }
    }

    /// <summary>A 类 name without its ordinal (一、 1. （一）) and its （类） marker.</summary>
    private static string Subject(string text) => Marker().Replace(Ordinal().Replace(TextNormalizer.Key(text), string.Empty), string.Empty);

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.]|\d+[、.．]|\([一二三四五六七八九十\d]+\))")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\(类\)$")]
    private static partial Regex Marker();
}
