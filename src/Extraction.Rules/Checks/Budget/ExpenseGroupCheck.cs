using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks.Budget;

/// <summary>人员经费合计 / 公用经费合计 rows of a 基本支出 table by 经济分类: 人员经费 is 工资福利支出 (301) plus 对个人和家庭的
/// 补助 (303), 公用经费 the other 类 (302 商品和服务支出, 310 资本性支出 …). Layouts differ (some put each group in
/// its own half of the table), so the row is also accepted when it is the sum of the 类 rows of its own half;
/// flagged only when neither reading adds up.</summary>
public sealed class ExpenseGroupCheck : ICheck
{
    private static readonly string[] PersonnelCodes = ["301", "303"];

    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var table in LedgerReader.Of(context))
        {
            var tops = table.Blocks
                .SelectMany(b => Enumerable.Range(0, table.Rows.Count).Select(r => (Block: b, Row: r, Code: table.Code(r, b))))
                .Where(x => x.Code is not null && SubjectCodes.Level(x.Code) == 1 && x.Code[0] == '3')
                .ToArray();
            if (tops.Length == 0)
            {
                continue;
            }

            foreach (var block in table.Blocks)
            {
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var label = table.Label(r, block);
                    var personnel = label.Contains("人员经费", StringComparison.Ordinal);
                    if (table.Code(r, block) is not null || !(personnel || label.Contains("公用经费", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    for (var j = 0; j < block.AmountColumns.Count; j++)
                    {
                        var finding = Check(table, block, (r, label), j, tops, personnel);
                        if (finding is not null)
                        {
                            yield return finding;
                        }
                    }
                }
            }
        }
    }

    private Finding? Check(LedgerTable table, CodeBlock block, (int Row, string Label) stated, int j, (CodeBlock Block, int Row, string? Code)[] tops, bool personnel)
    {
        if (table.Cell(stated.Row, block.AmountColumns[j]) is not { } cell)
        {
            return null;
        }

        var byCode = tops.Where(t => PersonnelCodes.Contains(t.Code) == personnel && j < t.Block.AmountColumns.Count).ToArray();
        var parts = Parts(table, byCode, j);
        if (parts is null || byCode.Length == 0)
        {
            return null;
        }

        var finding = LedgerSums.Compare(Name, table, (cell, stated.Label), parts, Msg.Of(personnel ? "what.personnel" : "what.public"), emptyTotalIsZero: true);
        var own = Parts(table, tops.Where(t => t.Block == block).ToArray(), j);
        if (finding is null || own is null || !cell.TryAmount(out var whole))
        {
            return finding;
        }

        return LedgerSums.TrySum(own, out var ownSum) && ownSum.Meets(whole) ? null : finding;
    }

    private static List<(LedgerCell, string)>? Parts(LedgerTable table, (CodeBlock Block, int Row, string? Code)[] rows, int j)
    {
        var parts = new List<(LedgerCell, string)>();
        foreach (var (block, row, code) in rows)
        {
            if (j >= block.AmountColumns.Count || table.Cell(row, block.AmountColumns[j]) is not { } cell)
            {
                return null;
            }

            parts.Add((cell, $"{code} {table.Label(row, block)}"));
        }

        return parts;
    }
}
