using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>A table row's weight or score as printed, compared with other printings of it: the interval is
/// <see cref="ScoreIntervals.AsPrinted(decimal?, string?)"/> (half-up at its printed decimals; a value without printed
/// text is taken as exact).</summary>
internal static class PrintedScore
{
    public static Interval? Score(Indicator indicator) => Of(indicator.Score, indicator.ScoreText);

    public static Interval? Weight(Indicator indicator) => Of(indicator.Weight, indicator.WeightText);

    public static Interval? Of(decimal? value, string? text) => ScoreIntervals.AsPrinted(value, text);

    public static Interval Of(PrintedNumber number) => ScoreIntervals.AsPrinted(number);

    /// <summary>A row's score as printed (its text when that is the number, else the value at its own scale).</summary>
    public static PrintedNumber? ScoreNumber(Indicator indicator) => Number(indicator.Score, indicator.ScoreText);

    public static PrintedNumber? WeightNumber(Indicator indicator) => Number(indicator.Weight, indicator.WeightText);

    private static PrintedNumber? Number(decimal? value, string? text)
    {
        if (value is not { } v)
        {
            return null;
        }

        return text is not null && PrintedNumber.TryParse(text, out var p) && p.Value == v
            ? p
            : new PrintedNumber(v, v.Scale, v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Two printings of one quantity. At the same precision they must be the same digits: one value rounds
    /// one way (3.33 and 3.34 both touch 3.335 as intervals, but no value prints as both). At different precisions
    /// the interval model decides.</summary>
    public static Severity? Disagreement(PrintedNumber a, PrintedNumber b)
    {
        if (a.Decimals != b.Decimals)
        {
            return Disagreement(a, Of(b));
        }

        return a.Value == b.Value ? null : FindingFactory.ByGap(Math.Abs(a.Value - b.Value), 0m, percent: true);
    }

    /// <summary>Null when the printed number and the interval agree; else the finding's severity (info when only a
    /// truncated reading of the number reconciles them; error beyond one point, else warning).</summary>
    public static Severity? Disagreement(PrintedNumber printed, Interval other) =>
        FindingFactory.Compare(other, printed.Value, printed.Decimals, percent: true, 0m)?.Severity;

    /// <summary>One printed number against several readings of the same quantity: null when any reading agrees; info
    /// when a truncated reading reconciles one; else the worst disagreement.</summary>
    public static Severity? AgainstAll(IEnumerable<Severity?> disagreements)
    {
        var all = disagreements.ToArray();
        return all.Any(s => s is null) ? null
            : all.Any(s => s == Severity.Info) ? Severity.Info
            : all.Max();
    }
}
