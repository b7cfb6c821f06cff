using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Tests.Core;

public sealed class OcrFindingPolicyTests
{
    private static Finding Error(int page) =>
        new("sum_mismatch", Severity.Error, Msg.Of("finding.total", ("computed", "90"), ("stated", "100")), [new Evidence(page, "合计100")]);

    [Fact]
    public void Error_on_a_recognised_page_becomes_a_warning_that_points_to_the_scan()
    {
        var result = OcrFindingPolicy.Apply(Error(3), new HashSet<int> { 3 });
        Assert.Equal(Severity.Warning, result.Severity);
        Assert.Equal([OcrFindingPolicy.Note], result.Message.Notes);
        Assert.EndsWith("verify against the scan)", result.Message.En(), StringComparison.Ordinal);
        Assert.EndsWith("请对照扫描件核实）", result.Message.Zh(), StringComparison.Ordinal);
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
