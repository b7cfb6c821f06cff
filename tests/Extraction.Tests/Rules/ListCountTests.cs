using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>A stated count against the names listed after it ("设5个内设机构，分别为：…").</summary>
public sealed class ListCountTests
{
    private static Finding[] Alarms(string text) => new ListCountCheck().Run(Context([text])).ToArray();

    [Theory]
    [InlineData("本中心设4个内设机构，分别为：综合科、规划科、评审科、督查科。")]
    [InlineData("局机关内设三个股室，分别为办公室、财务股和审批服务股、执法股。")]
    [InlineData("下设5个站所，分别为：农技站、林业站、水利站等。")]
    [InlineData("全年开展3次培训，分别为：3月、6月、9月。")]
    [InlineData("我局有2个下属单位，分别为发展和改革研究中心、价格认证中心。")]
    // The count after its noun.
    [InlineData("下设股室6个,直属事业单位3个,即县会计服务中心、县国有资产服务中心、县财政信息中心。")]
    public void A_count_the_list_bears_out_is_silent(string text) => Assert.Empty(Alarms(text));

    [Theory]
    [InlineData("本中心设5个内设机构，分别为：综合科、规划科、评审科、督查科。", 5, 4)]
    [InlineData("局机关内设六个股室，分别为办公室、财务股、审批股、执法股。", 6, 4)]
    [InlineData("下设2个站所，分别为：农技站、林业站、水利站。", 2, 3)]
    [InlineData("下设股室6个;直属事业单位4个,即县会计服务中心、县国有资产服务中心、县财政信息中心。", 4, 3)]
    public void A_count_no_reading_of_the_list_gives_is_a_warning(string text, int stated, int computed)
    {
        var f = Assert.Single(Alarms(text));
        Assert.Equal("sum_mismatch", f.Check);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(stated, f.Stated);
        Assert.Equal(computed, f.Computed);
    }

    [Theory]
    [InlineData("9", 9)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("三十五", 35)]
    [InlineData("两", 2)]
    public void Counts_are_read_in_both_numeral_systems(string printed, int value) => Assert.Equal(value, ListCountCheck.Count(printed));
}
