using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Tests.Core;

/// <summary>A finding on a recognised page whose values differ as recognition slips do is info that points to the scan:
/// a lost decimal point on any reading, a digit lost, doubled or merged, or trailing digits lost, only on a doubtful one.
/// The same differences on a surely read scan (a planted or real error read right) or on a text page are left alone.</summary>
public sealed class OcrSlipPolicyTests
{
    private static readonly HashSet<int> Recognised = [2];

    private static Finding Finding(decimal stated, decimal computed, int page = 2, double? confidence = 0.99, Severity severity = Severity.Error) =>
        new("weight_sum_mismatch", severity, Msg.Of("finding.total", ("computed", computed.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("stated", stated.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            [new Evidence(page, "总计") { Confidence = confidence }])
        {
            Stated = stated,
            Computed = computed,
        };

    [Theory]
    [InlineData("1250", "12.5")]
    [InlineData("9995", "99.95")]
    [InlineData("4.77", "477")]
    [InlineData("9995", "99.9512")]
    public void A_lost_decimal_point_is_info_on_any_reading(string stated, string computed)
    {
        var result = OcrSlipPolicy.Apply(Finding(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(computed, System.Globalization.CultureInfo.InvariantCulture)), Recognised);
        Assert.Equal(Severity.Info, result.Severity);
        Assert.Equal([OcrSlipPolicy.Note], result.Message.Notes);
        Assert.EndsWith("verify against the scan)", result.Message.En(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", "100")]
    [InlineData("2", "22")]
    [InlineData("22.00", "2")]
    [InlineData("6007852", "6007852.82")]
    [InlineData("57727973.99", "5777973.99")]
    public void A_digit_slip_on_a_doubtful_reading_is_info(string stated, string computed)
    {
        var finding = Finding(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(computed, System.Globalization.CultureInfo.InvariantCulture), confidence: 0.7, severity: Severity.Warning);
        Assert.Equal(Severity.Info, OcrSlipPolicy.Apply(finding, Recognised).Severity);
    }

    [Theory]
    [InlineData("10", "100")]
    [InlineData("133", "13")]
    [InlineData("6007852", "6007852.82")]
    public void A_digit_slip_on_a_sure_reading_stays_what_it_was(string stated, string computed)
    {
        // A planted doubled digit (13 → 133) or zero (10 → 100) read right is the document's error.
        var finding = Finding(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(computed, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Same(finding, OcrSlipPolicy.Apply(finding, Recognised));
    }

    [Theory]
    [InlineData("4086.93", "40869300")]
    [InlineData("86.21", "88.21")]
    [InlineData("12567319.1", "12567318.39")]
    [InlineData("6007852", "6007862.82")]
    public void Other_differences_stay_even_on_a_doubtful_reading(string stated, string computed)
    {
        // 万元 read as 元 (10⁴) is a unit slip; one digit changed or a gap beyond the lost digits is no recognition slip.
        var finding = Finding(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(computed, System.Globalization.CultureInfo.InvariantCulture), confidence: 0.7);
        Assert.Same(finding, OcrSlipPolicy.Apply(finding, Recognised));
    }

    [Fact]
    public void Findings_off_recognised_pages_or_without_both_values_are_left_alone()
    {
        var onText = Finding(1250m, 12.5m, page: 1, confidence: null);
        Assert.Same(onText, OcrSlipPolicy.Apply(onText, Recognised));
        var noComputed = Finding(1250m, 12.5m) with { Computed = null };
        Assert.Same(noComputed, OcrSlipPolicy.Apply(noComputed, Recognised));
    }
}
