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

    [Theory]
    [InlineData("180", "100", "合计 180 81.42")]
    [InlineData("88.21", "86.21", "得分率 88.21%")]
    public void One_digit_read_as_another_is_info_where_the_stated_number_itself_was_read_doubtfully(string stated, string computed, string quote)
    {
        var finding = Finding(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(computed, System.Globalization.CultureInfo.InvariantCulture), confidence: 0.45, severity: Severity.Warning)
            with { Evidence = [new Evidence(2, quote) { Confidence = 0.45 }] };
        Assert.Equal(Severity.Info, OcrSlipPolicy.Apply(finding, Recognised).Severity);
    }

    [Fact]
    public void One_digit_read_as_another_stays_where_the_doubt_is_elsewhere_or_the_reading_sure()
    {
        // Read surely: a planted 100 → 180 is the document's error.
        var sure = Finding(180m, 100m) with { Evidence = [new Evidence(2, "合计 180 81.42") { Confidence = 0.99 }] };
        Assert.Same(sure, OcrSlipPolicy.Apply(sure, Recognised));
        // The stated number read surely, another cell of the finding doubtfully: the doubt is not about the number that differs.
        var elsewhere = Finding(180m, 100m, severity: Severity.Warning) with { Evidence = [new Evidence(2, "合计 180 81.42") { Confidence = 0.99 }, new Evidence(2, "目标设定 8 7.00") { Confidence = 0.5 }] };
        Assert.Same(elsewhere, OcrSlipPolicy.Apply(elsewhere, Recognised));
        // Not one digit: two differ, or the places differ.
        var two = Finding(180m, 105m, confidence: 0.45) with { Evidence = [new Evidence(2, "合计 180") { Confidence = 0.45 }] };
        Assert.Same(two, OcrSlipPolicy.Apply(two, Recognised));
        Assert.False(OcrSlipPolicy.OneDigitMisread(18m, 100m));
        Assert.False(OcrSlipPolicy.OneDigitMisread(-180m, 100m));
        // A quote that prints the number only inside a longer one does not print it.
        Assert.False(OcrSlipPolicy.Prints("合计 1180 81.42", 180m));
        Assert.False(OcrSlipPolicy.Prints("合计 180.5", 180m));
        Assert.True(OcrSlipPolicy.Prints("合计 180分", 180m));
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
