using Extraction.Text;

namespace Extraction.Rules.Numbers;

/// <summary>Whether a sum that fails does so by one typing slip: the total, or one part, is a digit changed, two
/// adjacent digits swapped, or a digit dropped or doubled away from the value the other printed numbers imply.
/// Where a failing sum alone is ambiguous (a list that may be partial, a part larger than its whole), such a slip
/// says the numbers were meant to add up.</summary>
internal static class SumSlip
{
    public static bool Explains(IReadOnlyList<PrintedNumber> parts, PrintedNumber total, int minDigits)
    {
        var intervals = parts.Select(p => Interval.HalfUp(p.Value, p.Decimals)).ToArray();
        var whole = Interval.HalfUp(total.Value, total.Decimals);
        if (Misprint.Explains(total.Value, total.Decimals, Interval.Sum(intervals), minDigits, insertions: true))
        {
            return true;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var rest = Interval.Sum(intervals.Where((_, j) => j != i));
            if (Misprint.Explains(parts[i].Value, parts[i].Decimals, whole - rest, minDigits, insertions: true))
            {
                return true;
            }
        }

        return false;
    }
}
