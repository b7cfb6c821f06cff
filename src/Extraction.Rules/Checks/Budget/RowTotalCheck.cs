using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Rules.Checks.Budget;

/// <summary>Row sums named by the header: where a header group starts with a total column (合计, 小计, 本年收入合计,
/// 本年支出合计) followed by its parts (财政拨款收入 + 上级补助收入 + … + 其他收入; 基本支出 + 项目支出), every row's
/// total equals the sum of its parts. Groups nest (三公: 合计 = 因公出国 + 公务用车 + 公务接待, 公务用车's own 小计 =
/// 购置 + 运行); a group split again into 预算数/决算数 is summed per split. A total cell left empty is not checked.</summary>
public sealed class RowTotalCheck : ICheck
{
    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var table in LedgerReader.Of(context))
        {
            foreach (var (total, parts) in HeaderGroups.Of(table))
            {
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var finding = Check(table, r, total, parts);
                    if (finding is not null)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private Finding? Check(LedgerTable table, int row, int total, IReadOnlyList<int> parts)
    {
        if (table.Cell(row, total) is not { } cell)
        {
            return null;
        }

        var operands = new List<(LedgerCell, string)>();
        foreach (var c in parts)
        {
            if (table.Cell(row, c) is not { } part)
            {
                return null;
            }

            operands.Add((part, table.Leaf(c)));
        }

        var label = $"{RowLabel(table, row, total)} ({table.Leaf(total)})".TrimStart();
        return LedgerSums.Compare(Name, table, (cell, label), operands, Msg.Of("what.sum_of", ("items", string.Join("+", parts.Select(table.Leaf)))), emptyTotalIsZero: false);
    }

    /// <summary>The nearest text left of the column (the row's subject), with its code when the table has codes.</summary>
    private static string RowLabel(LedgerTable table, int row, int column)
    {
        var block = table.Blocks.LastOrDefault(b => b.First <= column && column <= b.Last);
        var code = block is null ? null : table.Code(row, block);
        for (var c = column - 1; c >= 0; c--)
        {
            var text = table.Cell(row, c);
            if (table.AmountColumns[c] || text is null || text.IsEmpty)
            {
                continue;
            }

            var key = Extraction.Text.TextNormalizer.Key(text.Text);
            if (!key.All(char.IsAsciiDigit))
            {
                return code is null ? key : $"{code} {key}";
            }
        }

        return code ?? string.Empty;
    }
}
