using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Tests.Core;

public sealed class OcrFindingPolicyTests
{
    private static Finding Error(int page, double? confidence = null) =>
        new("sum_mismatch", Severity.Error, Msg.Of("finding.total", ("computed", "90"), ("stated", "100")), [new Evidence(page, "合计100") { Confidence = confidence }]);

    [Fact]
    public void Error_on_a_recognised_page_becomes_a_warning_that_points_to_the_scan()
    {
        var result = OcrFindingPolicy.Apply(Error(3), new HashSet<int> { 3 });
        Assert.Equal(Severity.Warning, result.Severity);
        Assert.Equal([OcrFindingPolicy.Note], result.Message.Notes);
        Assert.EndsWith("verify against the scan)", result.Message.En(), StringComparison.Ordinal);
        Assert.EndsWith("请对照扫描件核实）", result.Message.Zh(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.94)]
    [InlineData(0.70)]
    public void Error_on_a_doubtful_reading_becomes_a_warning(double confidence) =>
        Assert.Equal(Severity.Warning, OcrFindingPolicy.Apply(Error(3, confidence), new HashSet<int> { 3 }).Severity);

    [Fact]
    public void Error_resting_on_sure_readings_of_a_recognised_page_stays_an_error_as_on_the_text_rendering()
    {
        var result = OcrFindingPolicy.Apply(Error(3, 0.99), new HashSet<int> { 3 });
        Assert.Equal(Severity.Error, result.Severity);
        Assert.Empty(result.Message.Notes);
    }

    [Fact]
    public void Error_on_a_text_page_stays_an_error()
    {
        var result = OcrFindingPolicy.Apply(Error(2), new HashSet<int> { 3 });
        Assert.Equal(Severity.Error, result.Severity);
        Assert.Equal("各项得分合计90，与文中总分100不符", result.Message.Zh());
    }

    [Fact]
    public void Warnings_are_left_alone()
    {
        var warning = Error(3) with { Severity = Severity.Warning };
        Assert.Same(warning, OcrFindingPolicy.Apply(warning, new HashSet<int> { 3 }));
    }
}
