using System.Globalization;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Checks;

/// <summary>A row followed by its 其中 rows ("年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金" in the national
/// 项目支出绩效自评表, "支出合计 / 其中：基本支出 / 项目支出"): per column, the parts against the row above them. The parts
/// run from the 其中 row to the last row before another 其中, a total or subtotal row, a numbered heading row, or a row
/// without a number in that column. A 其中 list may be partial (only the items worth naming), so a mismatch is
/// reported only when one printed number is a typing slip away from making the list add up (a zero slipped to one
/// non-zero digit included: "上年结转资金 9.00" where the other parts already make the total) — or when the row marked 其中,
/// certainly a part, is larger than its whole (a 年度资金总额 printed 0 over a 当年财政拨款 of 90): no reading of a partial
/// list allows that. Subject-coded tables are the amount-table checks' own.</summary>
public sealed class TablePartsCheck : ICheck
{
    private const int MinDigits = 3;

    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var index = 0;
        foreach (var table in context.Document.Tables)
        {
            var tableIndex = index++;
            var grid = table.ToGrid();
            var labels = Enumerable.Range(0, table.RowCount).Select(r => Label(table, grid, r)).ToArray();
            if (labels.Any(l => l is { } cell && Budget.SubjectCodes.Leads(cell.Text)))
            {
                continue;
            }

            for (var r = 1; r < table.RowCount; r++)
            {
                if (labels[r] is not { } opener || !Key(opener.Text).StartsWith("其中", StringComparison.Ordinal) || labels[r - 1] is null)
                {
                    continue;
                }

                var last = r;
                while (last + 1 < table.RowCount && labels[last + 1] is { } next && !Ends(Key(next.Text)))
                {
                    last++;
                }

                for (var c = opener.LastColumn + 1; c < table.ColumnCount; c++)
                {
                    if (Column(table, grid, tableIndex, r - 1, r, last, c) is { } finding)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private Finding? Column(Table table, TableCell?[,] grid, int tableIndex, int totalRow, int first, int last, int column)
    {
        if (Number(grid, totalRow, column) is not { } total)
        {
            return null;
        }

        var parts = new List<PrintedNumber>();
        for (var r = first; r <= last && Number(grid, r, column) is { } n; r++)
        {
            parts.Add(n);
        }

        // A slip that makes the list add up says more than the part's excess, so it is tried first.
        var sum = Interval.Sum(parts.Select(p => Interval.HalfUp(p.Value, p.Decimals)));
        var whole = Interval.HalfUp(total.Value, total.Decimals);
        if (parts.Count < 2 || sum.Meets(whole) || !(SumSlip.Explains(parts, total, MinDigits) || SumSlip.SlippedZero(parts, total)))
        {
            return parts.Count > 0 && Exceeds(parts[0], total) is { } gap
                ? PartExceeds(table, grid, tableIndex, totalRow, first, column, parts[0], total, gap)
                : null;
        }

        var cell = grid[totalRow, column]!;
        var computed = sum.Mid.Round2();
        var evidence = CellEvidence.Of(cell, tableIndex, totalRow, column);
        return FindingFactory.Make(
            Name,
            FindingFactory.ByGap(sum.Gap(whole), total.Value, percent: false),
            Msg.Of("finding.column_total", ("stated", total.Text), ("count", parts.Count.ToString(CultureInfo.InvariantCulture)), ("computed", computed.Show())),
            [evidence],
            total.Value,
            computed,
            relation: FindingFactory.Relation(string.Join("+", parts.Select(p => p.Text)), computed.Show(), total.Text));
    }

    /// <summary>How far the 其中 row's amount lies above its whole under every reading of both printings (half-up or
    /// truncated), or null when it does not; amounts below zero (a deficit, a deduction) are no parts of this kind.</summary>
    private static decimal? Exceeds(PrintedNumber part, PrintedNumber total)
    {
        if (part.Value < 0 || total.Value < 0)
        {
            return null;
        }

        var p = Interval.Printed(part.Value, part.Decimals, NumberReading.Either);
        var w = Interval.Printed(total.Value, total.Decimals, NumberReading.Either);
        return p.Lo > w.Hi ? p.Lo - w.Hi : null;
    }

    private Finding PartExceeds(Table table, TableCell?[,] grid, int tableIndex, int totalRow, int partRow, int column, PrintedNumber part, PrintedNumber total, decimal gap)
    {
        var wholeCell = grid[totalRow, column]!;
        var partCell = grid[partRow, column]!;
        var wholeLabel = Label(table, grid, totalRow)?.Text ?? string.Empty;
        var partLabel = PartName(Label(table, grid, partRow)?.Text ?? string.Empty);
        return FindingFactory.Make(
            Name,
            FindingFactory.ByGap(gap, Math.Max(total.Value, part.Value), percent: false),
            Msg.Of("finding.part_exceeds_whole", ("column", ColumnName(table, grid, totalRow, column)), ("part", partLabel), ("value", part.Text), ("whole", wholeLabel), ("stated", total.Text)),
            [CellEvidence.Of(wholeCell, tableIndex, totalRow, column), CellEvidence.Of(partCell, tableIndex, partRow, column)],
            total.Value,
            part.Value,
            relation: Msg.Of("relation.at_most", ("a", partLabel + " " + part.Text), ("b", wholeLabel + " " + total.Text)));
    }

    /// <summary>The column's header: the nearest text above the row in that column that is no number (年初预算数, 全年执行数),
    /// so one finding per column says which; "—" where none is printed.</summary>
    private static string ColumnName(Table table, TableCell?[,] grid, int row, int column)
    {
        for (var r = row - 1; r >= 0; r--)
        {
            if (grid[r, column] is { } cell && cell.Column == column && cell.ColumnSpan == 1 && !string.IsNullOrWhiteSpace(cell.Text)
                && !PrintedNumber.TryParse(Key(cell.Text).TrimEnd('元', '%'), out _) && Label(table, grid, r) != cell)
            {
                return cell.Text.Trim();
            }
        }

        return "—";
    }

    /// <summary>A part's label without its "其中：" opener.</summary>
    private static string PartName(string label)
    {
        var t = label.Trim();
        return t.StartsWith("其中", StringComparison.Ordinal) ? t[2..].TrimStart('：', ':', ' ') : t;
    }

    /// <summary>The row's first text cell that starts in it (a label spanning rows from above is not this row's).</summary>
    private static TableCell? Label(Table table, TableCell?[,] grid, int row)
    {
        for (var c = 0; c < table.ColumnCount; c++)
        {
            if (grid[row, c] is not { } cell || cell.Restored || string.IsNullOrWhiteSpace(cell.Text))
            {
                continue;
            }

            if (cell.Row != row)
            {
                continue;
            }

            return PrintedNumber.TryParse(Key(cell.Text), out _) ? null : cell;
        }

        return null;
    }

    /// <summary>A row that ends a 其中 list: another 其中, a total or subtotal, or a numbered heading (二、 （三） 2.).</summary>
    private static bool Ends(string label) =>
        label.StartsWith("其中", StringComparison.Ordinal) || label.Contains("合计", StringComparison.Ordinal) || label.Contains("总计", StringComparison.Ordinal)
        || label.Contains("小计", StringComparison.Ordinal) || label.Contains("总额", StringComparison.Ordinal)
        || (label.Length > 1 && (label[0] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '（' or '(' || char.IsAsciiDigit(label[0]))
            && label.IndexOfAny(['、', '）', ')', '.', '．']) is >= 1 and <= 3);

    private static PrintedNumber? Number(TableCell?[,] grid, int row, int column)
    {
        if (grid[row, column] is not { } cell || cell.Row != row || cell.Column != column || cell.ColumnSpan > 1)
        {
            return null;
        }

        var t = Key(cell.Text).TrimEnd('元');
        return !t.Contains('%', StringComparison.Ordinal) && PrintedNumber.TryParse(t, out var n) ? n : null;
    }

    private static string Key(string text) => TextNormalizer.Key(text);
}
