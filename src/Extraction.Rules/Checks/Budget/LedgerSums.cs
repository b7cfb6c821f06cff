using System.Globalization;
using Extraction.Messages;
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
        Msg relation,
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
        var unit = table.Unit.Length > 0 ? $" {table.Unit}" : string.Empty;
        var operands = string.Join("+", parts.Select(p => p.Cell.Shown));
        return FindingFactory.Make(
            check,
            FindingFactory.ByGap(sum.Gap(whole), total.Cell.Value, percent: false),
            Msg.Of(table.Title.Length > 0 ? "finding.ledger_sum_titled" : "finding.ledger_sum",
            [("table", table.Title), ("label", total.Label), ("stated", total.Cell.Shown + unit), MsgArg.Term("what", relation.Id),
             ("computed", computed.Show()), ("count", parts.Count.ToString(CultureInfo.InvariantCulture)), .. relation.Args.Select(a => new MsgArg(a.Key, a.Value))]),
            new[] { total.Cell.Evidence(total.Label) }.Concat(parts.Where(p => !p.Cell.IsEmpty).Take(MaxEvidence).Select(p => p.Cell.Evidence(p.Label))),
            total.Cell.Value,
            computed,
            tolerance: (sum.Width + whole.Width) / 2m,
            relation: FindingFactory.Relation(operands.Length == 0 ? "0" : operands, computed.Show(), total.Cell.Shown));
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
