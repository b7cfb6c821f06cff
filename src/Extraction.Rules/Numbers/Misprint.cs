using System.Globalization;

namespace Extraction.Rules.Numbers;

/// <summary>Whether a printed number reads like a typing slip of the value a relation implies: one digit changed
/// or two adjacent digits swapped (same number of digits). A relation that fails by exactly such a slip is an
/// error even where a failing relation alone is ambiguous (a 其中 list that may be partial).</summary>
internal static class Misprint
{
    /// <summary>True when <paramref name="implied"/>, printed with <paramref name="decimals"/> decimals (at either
    /// bound or the middle), differs from <paramref name="printed"/> by one digit or one adjacent swap, and both
    /// have at least <paramref name="minDigits"/> significant digits (short numbers are too alike to tell).</summary>
    /// <param name="insertions">Also one digit more or fewer (a dropped or doubled digit), when the longer of the two
    /// has at least <paramref name="insertionDigits"/> significant digits (four: amounts; an exact head count implies
    /// one value only, so three will do).</param>
    public static bool Explains(decimal printed, int decimals, Interval implied, int minDigits = 2, bool insertions = false, int insertionDigits = 4)
    {
        var shown = Digits(printed, decimals);
        if (Significant(shown) < minDigits)
        {
            return false;
        }

        foreach (var v in Printable(implied, decimals))
        {
            if (v <= 0)
            {
                continue;
            }

            var candidate = Digits(v, decimals);
            if (candidate != shown && Significant(candidate) >= minDigits && OneSlip(shown, candidate))
            {
                return true;
            }

            // Lengths may differ by more than one: a dropped first digit takes the zeros after it along (OneInsertion).
            if (insertions && candidate.Length != shown.Length && Math.Max(Significant(candidate), Significant(shown)) >= insertionDigits
                && OneInsertion(shown, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Same length and either one position differs or two adjacent positions are swapped.</summary>
    public static bool OneSlip(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var diff = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToArray();
        return diff.Length == 1 || (diff.Length == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]);
    }

    /// <summary>Every value printable at <paramref name="decimals"/> inside the interval (its bounds rounded when none
    /// is, or when there are too many to list).</summary>
    private static IEnumerable<decimal> Printable(Interval implied, int decimals)
    {
        var step = 1m;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10m;
        }

        var first = Math.Ceiling(implied.Lo / step);
        var last = Math.Floor(implied.Hi / step);
        if (last >= first && last - first <= 200)
        {
            for (var k = first; k <= last; k++)
            {
                yield return k * step;
            }

            yield break;
        }

        foreach (var v in new[] { implied.Lo, implied.Mid, implied.Hi })
        {
            yield return Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>The longer string is the shorter with one character inserted.</summary>
    public static bool OneInsertion(string a, string b)
    {
        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        if (l.Length <= s.Length)
        {
            return false;
        }

        for (var i = 0; i < l.Length; i++)
        {
            // A dropped first digit takes the zeros after it along ("107.26" printed "7.26").
            if (string.Concat(l.AsSpan(0, i), l.AsSpan(i + 1)).TrimStart('0') == s.TrimStart('0'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Digits(decimal value, int decimals) =>
        new(Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Where(char.IsDigit).ToArray());

    private static int Significant(string digits) => digits.TrimStart('0').Length;
}
