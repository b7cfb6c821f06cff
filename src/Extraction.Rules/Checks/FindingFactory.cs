using Extraction.Messages;
using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>Builds findings consistently: severity by consequence, capped at warning when a number rests on
/// low-confidence OCR (the message then says to verify against the scan). Messages are catalog references
/// (<see cref="Msg"/>): a check passes an id and named arguments, never a sentence.</summary>
internal static class FindingFactory
{
    /// <summary>The convention of a finding that only reading the printed digits as truncated reconciles.</summary>
    public static readonly Msg TruncatedConvention = Msg.Of("convention.truncated");

    /// <summary>Catalog id of the note appended when a number rests on low-confidence OCR.</summary>
    public const string LowConfidenceNote = "note.low_confidence";

    public static Finding Make(
        string check,
        Severity severity,
        Msg message,
        IEnumerable<Evidence> evidence,
        decimal? stated,
        decimal? computed,
        decimal? tolerance = null,
        Msg? relation = null,
        Msg? convention = null,
        Impact impact = Impact.None,
        IReadOnlyList<string>? indicator = null)
    {
        var ev = evidence.Where(e => e is not null).Distinct().ToArray();
        if (ev.Any(e => e.Confidence is { } c && c < Evidence.LowConfidence) && severity > Severity.Warning)
        {
            severity = Severity.Warning;
            message = message.WithNote(LowConfidenceNote);
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

    /// <summary>Finished text instead of catalog references: for code not yet moved to the catalog. The catalog
    /// test fails on findings built this way (they would print English in a Chinese report).</summary>
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
        IReadOnlyList<string>? indicator = null) =>
        Make(check, severity, Msg.Raw(message), evidence, stated, computed, tolerance,
            relation is null ? null : Msg.Raw(relation), convention is null ? null : Msg.Raw(convention), impact, indicator);

    /// <summary>The relation line of a computed value against the document's: "{formula} = {computed}，文中为{stated}".</summary>
    public static Msg Relation(string formula, string computed, string stated) =>
        Msg.Of("relation.computed", ("formula", formula), ("computed", computed), ("stated", stated));

    /// <summary>The relation line of two printed values that should be equal: "{a} 与 {b} 应相等".</summary>
    public static Msg Same(string a, string b) => Msg.Of("relation.same", ("a", a), ("b", b));

    /// <summary>Error when the gap exceeds one percentage point (or 1 % of an amount), warning otherwise.</summary>
    public static Severity ByGap(decimal gap, decimal scale, bool percent) =>
        percent ? (gap > 1m ? Severity.Error : Severity.Warning)
                : (scale != 0 && gap / Math.Abs(scale) > 0.01m ? Severity.Error : Severity.Warning);

    private static decimal Round2Abs(this decimal d) => Math.Abs(Math.Round(d, 4, MidpointRounding.AwayFromZero));

    /// <summary>Compares a printed value with a computed interval: null when they agree; otherwise the severity
    /// and the convention ("truncated" when only reading the printed digits as truncated reconciles them).</summary>
    public static (Severity Severity, Msg? Convention)? Compare(Interval computed, decimal printed, int decimals, bool percent, decimal scale)
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
