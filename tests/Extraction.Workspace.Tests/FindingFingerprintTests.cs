using Extraction.Output.Reports;
using Extraction.Workspace.Review;

namespace Extraction.Workspace.Tests;

public sealed class FindingFingerprintTests
{
    private static ReportFinding Finding(string message = "stated average 97.5% is not the mean", string quote = "全年平均执行率为97.5%", decimal? stated = 97.5m, int page = 5, double left = 100.2) =>
        new("average_mismatch", "error", message, stated, 62.8m, 34.7m, "none",
            [new ReportEvidence(page, quote) { Box = new ReportBox(left, 200, 300, 214) }]);

    [Fact]
    public void The_same_finding_in_other_words_keeps_its_fingerprint()
    {
        Assert.Equal(FindingFingerprint.Of(Finding()), FindingFingerprint.Of(Finding(message: "文中平均值97.5%与计算结果62.8%不符", quote: "全年平均执行率为 97.5%")));
    }

    [Fact]
    public void The_stated_value_is_compared_as_a_number_not_as_printed()
    {
        Assert.Equal(FindingFingerprint.Of(Finding(stated: 97.5m)), FindingFingerprint.Of(Finding(stated: 97.50m)));
    }

    [Fact]
    public void A_box_moved_by_a_fraction_of_a_point_is_the_same_place()
    {
        Assert.Equal(FindingFingerprint.Of(Finding(left: 100.2)), FindingFingerprint.Of(Finding(left: 100.4)));
    }

    [Fact]
    public void Another_stated_value_place_or_check_is_another_finding()
    {
        var original = FindingFingerprint.Of(Finding());
        Assert.NotEqual(original, FindingFingerprint.Of(Finding(stated: 97.4m)));
        Assert.NotEqual(original, FindingFingerprint.Of(Finding(page: 6)));
        Assert.NotEqual(original, FindingFingerprint.Of(Finding(left: 140)));
        Assert.NotEqual(original, FindingFingerprint.Of(Finding() with { Check = "ratio_mismatch" }));
    }
}
