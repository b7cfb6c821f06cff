using Extraction.Analysis.Common;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>The funds block of the national project form (项目资金: 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
/// 执行率 | 得分, then the 年度资金总额 row): a scored row whose formula the form fixes (得分 = 执行率 × 分值,
/// 执行率 = 全年执行数 / 全年预算数). Read as an indicator so that the form's 总分 adds up.</summary>
internal static class FundsBlock
{
    /// <summary>The funds row's indicator is named by the form's rate column (执行率; the row itself says only
    /// 年度资金总额), this when the rate column is missing.</summary>
    public const string DefaultName = "执行率";

    public const string Formula = "execution_rate";

    /// <summary>The funds row among rows [<paramref name="from"/>, <paramref name="to"/>) of a table, or null.</summary>
    public static IndicatorDraft? Read(Table table, TableCell?[,] grid, int from, int to, int tableIndex)
    {
        for (var r = from; r < to; r++)
        {
            if (HeaderColumns(table, grid, r) is not { } cols)
            {
                continue;
            }

            for (var d = r + 1; d < Math.Min(to, r + 4); d++)
            {
                var row = new RowView(table, grid, d, tableIndex);
                if (Own(row, cols.Score) is { } score && Own(row, cols.Weight) is { } weight)
                {
                    var draft = new IndicatorDraft
                    {
                        Levels = [new Results.IndicatorLevel(RateName(grid, r, cols.Rate), weight.Value)],
                        Weight = weight,
                        Score = score,
                        Evidence = row.Evidence(row.Cell(cols.Score)!),
                        Formula = Formula,
                        Rate = row.OwnText(cols.Rate ?? -1)?.Trim(),
                        Target = row.OwnText(cols.Budget)?.Trim(),
                        Actual = row.OwnText(cols.Executed)?.Trim(),
                    };
                    return draft;
                }
            }
        }

        return null;
    }

    private static string RateName(TableCell?[,] grid, int row, int? column) =>
        column is { } c && grid[row, c] is { } cell && TextNormalizer.RemoveWhitespace(cell.Text) is { Length: > 0 } name ? name : DefaultName;

    private static PrintedNumber? Own(RowView row, int column) =>
        row.Cell(column) is { } cell && cell.Row == row.Row && CellNumber.TryParse(cell.Text, out var n) ? n : null;

    /// <summary>Columns of a funds header row: a budget (全年预算数, else 调整后预算数, else the last 预算数), an
    /// execution (执行数), a weight (分值) and a score (得分); the rate (执行率) when printed.</summary>
    private static (int Budget, int Executed, int Weight, int Score, int? Rate)? HeaderColumns(Table table, TableCell?[,] grid, int row)
    {
        int? budget = null, executed = null, weight = null, score = null, rate = null;
        var budgetRank = 0;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            if (grid[row, c] is not { } cell || cell.Column != c || cell.Row != row)
            {
                continue;
            }

            var key = TextNormalizer.Key(cell.Text);
            if (key.Length > 12)
            {
                continue;
            }

            if (key.Contains("执行率", StringComparison.Ordinal))
            {
                rate = c;
            }
            else if (key.Contains("执行数", StringComparison.Ordinal) || key.Contains("执行金额", StringComparison.Ordinal) || key.Contains("实际支出", StringComparison.Ordinal))
            {
                executed = c;
            }
            else if (key.Contains("预算数", StringComparison.Ordinal) || key.Contains("预算金额", StringComparison.Ordinal))
            {
                var rank = key.Contains("全年", StringComparison.Ordinal) ? 3 : key.Contains("调整", StringComparison.Ordinal) ? 2 : 1;
                if (rank >= budgetRank)
                {
                    (budget, budgetRank) = (c, rank);
                }
            }
            else if (key.Contains("分值", StringComparison.Ordinal) || key == "权重")
            {
                weight = c;
            }
            else if (key == "得分" || key == "自评得分" || key.EndsWith("得分", StringComparison.Ordinal) && key.Length <= 4)
            {
                score = c;
            }
        }

        return budget is { } b && executed is { } e && weight is { } w && score is { } s ? (b, e, w, s, rate) : null;
    }
}
