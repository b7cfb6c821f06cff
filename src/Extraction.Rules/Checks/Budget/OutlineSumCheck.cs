using System.Globalization;
using Extraction.Messages;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Budget;

/// <summary>The outline of an uncoded amount table (收入支出决算总表, 财政拨款收支总表, 财务收支预算总表; each side of a
/// two-sided table read apart): the first 合计/总计 row is the sum of the numbered items above it (一、 二、 …); a later
/// total is the previous total plus the unnumbered rows between them (年初结转和结余, 使用非财政拨款结余); a row followed by
/// sub-items (一、 then 1. 2. 3.; 年初结转和结余 then 一、 二、 三、) is their sum. Only tables with a 单位 line and no subject
/// codes; a first total preceded by unnumbered amounts is left alone (what it covers is not printed).</summary>
public sealed partial class OutlineSumCheck : ICheck
{
    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var table in LedgerReader.Of(context))
        {
            if (table.Blocks.Count > 0 || table.Unit.Length == 0)
            {
                continue;
            }

            for (var label = 0; label < table.ColumnCount; label++)
            {
                var amounts = Enumerable.Range(label + 1, table.ColumnCount - label - 1).TakeWhile(c => table.AmountColumns[c]).ToArray();
                if (table.AmountColumns[label] || amounts.Length == 0)
                {
                    continue;
                }

                foreach (var finding in amounts.SelectMany(c => Check(table, label, c)))
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<Finding> Check(LedgerTable table, int labelColumn, int column)
    {
        var rows = new List<(Kind Kind, LedgerCell Cell, string Label)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var text = table.Cell(r, labelColumn);
            var cell = table.Cell(r, column);
            if (text is not { Anchor: true } || text.IsEmpty || cell is null)
            {
                continue;
            }

            var key = TextNormalizer.Key(text.Text);
            rows.Add((KindOf(key), cell, key));
        }

        if (!rows.Any(r => r.Kind == Kind.Item))
        {
            yield break;
        }

        (LedgerCell Cell, string Label)? previous = null;
        var section = new List<(LedgerCell, string)>();
        var unnumbered = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var (kind, cell, label) = rows[i];
            switch (kind)
            {
                case Kind.Total:
                    var parts = previous is { } p ? [p, .. section] : section;
                    if (parts.Count > 0 && (previous is not null || !unnumbered))
                    {
                        var what = previous is null ? Msg.Of("what.items_above", ("n", section.Count.ToString(CultureInfo.InvariantCulture))) : Msg.Of("what.previous_plus", ("prev", previous.Value.Label));
                        var finding = LedgerSums.Compare(Name, table, (cell, label), parts, what, emptyTotalIsZero: false);
                        if (finding is not null)
                        {
                            yield return finding;
                        }
                    }

                    previous = (cell, label);
                    section.Clear();
                    break;
                case Kind.Item when previous is null:
                case Kind.Other when previous is not null:
                    section.Add((cell, label));
                    break;
                case Kind.Other:
                    unnumbered |= !cell.IsEmpty;
                    break;
            }

            // A row followed by finer items (一、 then 1.; after a total, 年初结转和结余 then 一、) is their sum.
            var child = kind == Kind.Item && previous is null ? Kind.SubItem : kind == Kind.Other && previous is not null ? Kind.Item : (Kind?)null;
            var children = child is null ? [] : rows.Skip(i + 1).TakeWhile(x => x.Kind == child).Select(x => (x.Cell, x.Label)).ToList();
            if (children.Count > 0)
            {
                var finding = LedgerSums.Compare(Name, table, (cell, label), children, Msg.Of("what.own_items", ("n", children.Count.ToString(CultureInfo.InvariantCulture))), emptyTotalIsZero: false);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private static Kind KindOf(string label) =>
        label.EndsWith("合计", StringComparison.Ordinal) || label.EndsWith("总计", StringComparison.Ordinal) ? Kind.Total
        : Numbered().IsMatch(label) ? Kind.Item
        : SubNumbered().IsMatch(label) ? Kind.SubItem
        : Kind.Other;

    private enum Kind
    {
        Item,
        SubItem,
        Total,
        Other,
    }

    [GeneratedRegex("^[一二三四五六七八九十]+[、.]")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:\d+[、.．]|\(\d+\)|\([一二三四五六七八九十]+\))")]
    private static partial Regex SubNumbered();
}
