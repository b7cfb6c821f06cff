using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>Builds findings consistently: severity by consequence, capped at warning when a number rests on
/// low-confidence OCR (the message then says to verify against the scan).</summary>
internal static class FindingFactory
{
    public const double LowConfidence = 0.8;

    /// <summary>The convention note of a finding that only reading the printed digits as truncated reconciles.</summary>
    public const string TruncatedConvention = "printed value is truncated, not rounded half-up";

    public static Finding Make(
        string check,
        Severity severity,
        string message,
        IEnumerable<Evidence> evidence,
        decimal? stated,
        decimal? computed,
        decimal? tolerance = null,
        string? relation = null,
        string? convention = null,
        Impact impact = Impact.None,
        IReadOnlyList<string>? indicator = null)
    {
        var ev = evidence.Where(e => e is not null).Distinct().ToArray();
        if (ev.Any(e => e.Confidence is { } c && c < LowConfidence) && severity > Severity.Warning)
        {
            severity = Severity.Warning;
            message += " (a number here was read by OCR with low confidence: verify against the scan)";
        }

        return new Finding(check, severity, message, ev)
        {
            Stated = stated,
            Computed = computed,
            Difference = stated is { } s && computed is { } c2 ? (s - c2).Round2Abs() : null,
            Tolerance = tolerance,
            Relation = relation,
            Convention = convention,
            Impact = impact,
            Indicator = indicator,
        };
    }

    /// <summary>Error when the gap exceeds one percentage point (or 1 % of an amount), warning otherwise.</summary>
    public static Severity ByGap(decimal gap, decimal scale, bool percent) =>
        percent ? (gap > 1m ? Severity.Error : Severity.Warning)
                : (scale != 0 && gap / Math.Abs(scale) > 0.01m ? Severity.Error : Severity.Warning);

    private static decimal Round2Abs(this decimal d) => Math.Abs(Math.Round(d, 4, MidpointRounding.AwayFromZero));

    /// <summary>Compares a printed value with a computed interval: null when they agree; otherwise the severity
    /// and the convention note ("truncated" when only reading the printed digits as truncated reconciles them).</summary>
    public static (Severity Severity, string? Convention)? Compare(Interval computed, decimal printed, int decimals, bool percent, decimal scale)
    {
        if (Interval.HalfUp(printed, decimals).Meets(computed))
        {
            return null;
        }

        if (Interval.Truncated(printed, decimals).Meets(computed))
        {
            return (Severity.Info, TruncatedConvention);
        }

        var gap = Interval.HalfUp(printed, decimals).Gap(computed);
        return (ByGap(gap, scale, percent), null);
    }
}
