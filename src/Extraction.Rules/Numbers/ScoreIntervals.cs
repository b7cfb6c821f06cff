using Extraction.Text;

namespace Extraction.Rules.Numbers;

/// <summary>A printed score as the values it stands for: whole-number scores are exact (weights and scores are given in
/// whole points), a score printed with decimals stands for what rounds half-up to it.</summary>
internal static class ScoreIntervals
{
    public static Interval Of(decimal score, string? printed) => Of(score, PrintedNumber.TryParse(printed, out var p) ? p.Decimals : 2);

    public static Interval Of(PrintedNumber score) => Of(score.Value, score.Decimals);

    private static Interval Of(decimal score, int decimals) => decimals == 0 ? Interval.Point(score) : Interval.HalfUp(score, decimals);
}
