using Extraction.Text;

namespace Extraction.Rules.Numbers;

/// <summary>A printed score or weight as the values it stands for, in two named readings. <see cref="Of(decimal, string?)"/>
/// (sums and totals): whole-number scores are exact — weights and scores are given in whole points —, a score printed with
/// decimals stands for what rounds half-up to it. <see cref="AsPrinted(decimal?, string?)"/> (one printing against another
/// printing of the same score): every printed number, whole or not, stands for what rounds half-up to it at its printed
/// decimals, so "90" and "89.6" can be one score printed at two precisions.</summary>
internal static class ScoreIntervals
{
    public static Interval Of(decimal score, string? printed) => Of(score, PrintedNumber.TryParse(printed, out var p) ? p.Decimals : 2);

    public static Interval Of(PrintedNumber score) => Of(score.Value, score.Decimals);

    /// <summary>Half-up at the printed decimals when the text is the value; a value without printed text is exact.</summary>
    public static Interval? AsPrinted(decimal? value, string? text) => value is not { } v ? null
        : text is not null && PrintedNumber.TryParse(text, out var p) && p.Value == v ? Interval.HalfUp(v, p.Decimals) : Interval.Point(v);

    public static Interval AsPrinted(PrintedNumber number) => Interval.HalfUp(number.Value, number.Decimals);

    private static Interval Of(decimal score, int decimals) => decimals == 0 ? Interval.Point(score) : Interval.HalfUp(score, decimals);
}
