using System.Globalization;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Checks;

/// <summary>A 合计/总计 row of a flat amount table against the column sums of the rows above it. Score tables are
/// left to the total check. Hierarchical tables (subject codes in the first column, subtotal rows: a part as
/// large as the total, a part repeated, a part that is the sum of the parts next to it) are skipped: their
/// columns do not add up by design — a part as large as the total, or a column far short of it, only unless one printed
/// number is a typing slip away from making the column add up. With empty cells only feasibility is checked. A part continuing a score table on
/// the next page (no header of its own) is a score table too.</summary>
public sealed class TableColumnSumCheck : ICheck
{
    private static readonly string[] ScoreHeaders = ["得分", "评分", "分值", "权重", "分数"];

    /// <summary>Significant digits a slip must keep to be read as one (short numbers are too alike to tell).</summary>
    private const int MinSlipDigits = 3;

    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var index = 0;
        var scoreTable = false;
        foreach (var table in context.Document.Tables)
        {
            var tableIndex = index++;
            // A part continuing the table on the previous page has no header of its own: it is what its first part is.
            scoreTable = (table.ContinuesPrevious && scoreTable) || table.Cells.Any(c => ScoreHeaders.Any(h => c.Text.Contains(h, StringComparison.Ordinal)));
            if (scoreTable)
            {
                continue;
            }

            var grid = table.ToGrid();
            if (HasSubjectCodes(grid, table.RowCount))
            {
                continue;
            }

            for (var r = 1; r < table.RowCount; r++)
            {
                var first = grid[r, 0]?.Text ?? string.Empty;
                if (!IsTotalLabel(first) && !(table.ColumnCount > 1 && IsTotalLabel(grid[r, 1]?.Text ?? string.Empty)))
                {
                    continue;
                }

                for (var c = 0; c < table.ColumnCount; c++)
                {
                    var finding = CheckColumn(table, grid, tableIndex, r, c);
                    if (finding is not null)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private static bool IsTotalLabel(string text)
    {
        var key = TextNormalizer.Key(text);
        return key.Contains("合计", StringComparison.Ordinal) || key.Contains("总计", StringComparison.Ordinal);
    }

    private Finding? CheckColumn(Table table, TableCell?[,] grid, int tableIndex, int totalRow, int column)
    {
        var totalCell = grid[totalRow, column];
        if (totalCell is null || totalCell.Column != column || totalCell.ColumnSpan > 1 || !TryNumber(totalCell.Text, out var total))
        {
            return null;
        }

        var parts = new List<PrintedNumber>();
        var missing = 0;
        for (var r = totalRow - 1; r >= 0; r--)
        {
            var cell = grid[r, column];
            if (cell is null || cell.Row != r || string.IsNullOrWhiteSpace(cell.Text))
            {
                missing++;
                continue;
            }

            if (cell.ColumnSpan > 1 || !TryNumber(cell.Text, out var n))
            {
                break;
            }

            parts.Add(n);
        }

        if (parts.Count < 2 || Hierarchical(parts))
        {
            return null;
        }

        var sum = Interval.Sum(parts.Select(p => Interval.HalfUp(p.Value, p.Decimals)));
        var whole = Interval.HalfUp(total.Value, total.Decimals);
        if (sum.Meets(whole) || (missing > 0 && sum.Lo <= whole.Hi) || RunMakesTotal(parts, whole))
        {
            return null;
        }

        // A part as large as the total (a subtotal row) or a column far short of it (a partial or sectioned table) is
        // no partition by design — unless one printed number is a typing slip away from making the column add up
        // (a digit doubled in a part, dropped from the total); rates are no parts of a rate.
        var ambiguous = parts.Any(p => p.Value >= total.Value && total.Value > 0) || sum.Hi < whole.Lo * 2m / 3m;
        if (ambiguous && (missing > 0 || totalCell.Text.Contains('%', StringComparison.Ordinal) || !SumSlip.Explains(parts, total, MinSlipDigits)))
        {
            return null;
        }

        var computed = sum.Mid.Round2();
        var evidence = CellEvidence.Of(totalCell, tableIndex, totalRow, column);
        return FindingFactory.Make(
            Name,
            FindingFactory.ByGap(sum.Gap(whole), total.Value, percent: false),
            missing > 0
                ? Msg.Of("finding.column_total_below", ("stated", total.Text), ("count", parts.Count.ToString(CultureInfo.InvariantCulture)), ("computed", computed.Show()), ("empty", missing.ToString(CultureInfo.InvariantCulture)))
                : Msg.Of("finding.column_total", ("stated", total.Text), ("count", parts.Count.ToString(CultureInfo.InvariantCulture)), ("computed", computed.Show())),
            [evidence],
            total.Value,
            computed,
            relation: FindingFactory.Relation(string.Join("+", parts.AsEnumerable().Reverse().Select(p => p.Text)), computed.Show(), total.Text));
    }

    private static bool RunMakesTotal(List<PrintedNumber> parts, Interval whole)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var sum = Interval.Point(0m);
            for (var j = i; j < parts.Count; j++)
            {
                sum += Interval.HalfUp(parts[j].Value, parts[j].Decimals);
                if (j > i && j - i + 1 < parts.Count && sum.Meets(whole))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasSubjectCodes(TableCell?[,] grid, int rows)
    {
        for (var r = 0; r < rows; r++)
        {
            var t = grid[r, 0]?.Text.Trim() ?? string.Empty;
            if (t.Length >= 3 && t.All(char.IsAsciiDigit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Hierarchical(List<PrintedNumber> parts)
    {
        var values = parts.Select(p => p.Value).ToArray();
        if (values.Zip(values.Skip(1)).Any(p => p.First == p.Second && p.First != 0))
        {
            return true;
        }

        // A subtotal: some part equals the sum of a run of two or more parts right next to it.
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == 0)
            {
                continue;
            }

            foreach (var step in new[] { 1, -1 })
            {
                var sum = 0m;
                for (int j = i + step, n = 0; j >= 0 && j < values.Length && n < 30; j += step, n++)
                {
                    sum += values[j];
                    if (n >= 1 && sum == values[i])
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool TryNumber(string text, out PrintedNumber number)
    {
        var t = text.Trim().TrimEnd('元', '%', '％').Trim();
        return PrintedNumber.TryParse(t, out number);
    }
}
