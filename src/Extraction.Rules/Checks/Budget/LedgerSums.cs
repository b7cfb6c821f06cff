using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks.Budget;

/// <summary>One stated total against the sum of its parts, each read as an interval (a 2-decimal amount is a
/// rounding: n parts may miss their total by n × 0.005 and are not flagged).</summary>
internal static class LedgerSums
{
    private const int MaxEvidence = 24;

    public static Finding? Compare(
        string check,
        LedgerTable table,
        (LedgerCell Cell, string Label) total,
        IReadOnlyList<(LedgerCell Cell, string Label)> parts,
        string relation,
        bool emptyTotalIsZero)
    {
        if ((!emptyTotalIsZero && total.Cell.IsEmpty) || !total.Cell.TryAmount(out var whole))
        {
            return null;
        }

        if (!TrySum(parts, out var sum))
        {
            return null;
        }

        if (sum.Meets(whole))
        {
            return null;
        }

        var computed = sum.Mid.Normalize();
        var where = table.Title.Length > 0 ? $"{table.Title}: " : string.Empty;
        var unit = table.Unit.Length > 0 ? $" {table.Unit}" : string.Empty;
        var operands = string.Join(" + ", parts.Select(p => p.Cell.Shown));
        return FindingFactory.Make(
            check,
            FindingFactory.ByGap(sum.Gap(whole), total.Cell.Value, percent: false),
            $"{where}{total.Label} {total.Cell.Shown}{unit} is not {relation}: {computed.Show()} ({parts.Count} cells)",
            new[] { total.Cell.Evidence(total.Label) }.Concat(parts.Where(p => !p.Cell.IsEmpty).Take(MaxEvidence).Select(p => p.Cell.Evidence(p.Label))),
            total.Cell.Value,
            computed,
            tolerance: (sum.Width + whole.Width) / 2m,
            relation: $"{total.Cell.Shown} = {(operands.Length == 0 ? "0" : operands)}");
    }

    /// <summary>The parts' sum as an interval; false when a part holds no amount.</summary>
    public static bool TrySum(IEnumerable<(LedgerCell Cell, string Label)> parts, out Interval sum)
    {
        sum = Interval.Point(0m);
        foreach (var (cell, _) in parts)
        {
            if (!cell.TryAmount(out var value))
            {
                return false;
            }

            sum += value;
        }

        return true;
    }
}
