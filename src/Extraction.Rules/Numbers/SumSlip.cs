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

    /// <summary>One part is a zero with one digit slipped ("0.00" printed "9.00"): the other parts already make the
    /// whole, and this one prints a single non-zero digit. <see cref="Explains"/> cannot see it — an implied zero has
    /// no significant digits to compare.</summary>
    public static bool SlippedZero(IReadOnlyList<PrintedNumber> parts, PrintedNumber total)
    {
        var intervals = parts.Select(p => Interval.HalfUp(p.Value, p.Decimals)).ToArray();
        var whole = Interval.HalfUp(total.Value, total.Decimals);
        for (var i = 0; i < parts.Count; i++)
        {
            var rest = Interval.Sum(intervals.Where((_, j) => j != i));
            var digits = parts[i].Text.Where(char.IsAsciiDigit).ToArray();
            if (parts[i].Value != 0 && digits.Count(d => d != '0') == 1 && (whole - rest).Meets(Interval.Point(0m)))
            {
                return true;
            }
        }

        return false;
    }
}
