using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>"合计A万元，其中：B万元，占p%" and "支出A万元，主要用于以下方面：B万元，占p%": p against B / A.</summary>
public sealed class ShareOfParentTests
{
    private readonly ShareCheck _check = new();

    [Theory]
    [InlineData("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。")]
    [InlineData("本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%。")]
    [InlineData("一般公共预算财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出（类）264.87万元，占86.05%；社会保障和就业支出（类）10.82万元，占3.52%；卫生健康支出（类）2.71万元，占0.88%。")]
    [InlineData("基本支出2336.91万元。其中：人员经费2152.26万元，占比92.10%；公用经费184.65万元，占比7.90%。")]
    [InlineData("在职人员50人，其中：行政编制30人，占60%；事业编制20人，占40%。")]
    // 6.2 is printed with one decimal: 6.15…6.25 of 2946.25 is 0.209…0.212 %.
    [InlineData("本年收入合计2946.25万元，其中：其他收入6.2万元，占0.21%。")]
    public void Shares_that_fit_their_parent_are_silent(string text) => Assert.Empty(Alarms(_check, text));

    [Fact]
    public void A_share_that_misses_its_parent_is_reported_with_the_computation()
    {
        var f = Assert.Single(Alarms(_check,
            "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%。"));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(71.73m, f.Stated);
        Assert.Equal(71.65m, f.Computed);
        Assert.Contains("2106.66万元÷2940.05万元", f.Relation.En(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本年支出合计2940.05万元，其中：基本支出2336.91万元，占89.49%；项目支出603.14万元，占20.51%。", 79.49)]
    [InlineData("基本支出2336.91万元。其中：人员经费2152.26万元，占82.10%。", 92.10)]
    public void A_share_off_by_more_than_a_point_is_an_error(string text, double computed)
    {
        var f = Assert.Single(Alarms(_check, text));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Theory]
    // No list marker: the share's whole is not stated.
    [InlineData("项目支出603.14万元，占20.51%。")]
    // The list ended with the sentence: the next sentence's share has no parent.
    [InlineData("本年支出合计2940.05万元，其中：基本支出2336.91万元。另有项目支出603.14万元，占50.00%。")]
    // A nested list: the share is of the sub-parent, whose own share sits between.
    [InlineData("支出1000万元，其中：基本支出600万元，占60%，其中人员经费500万元，占50%。")]
    public void Shares_without_a_stated_parent_are_not_judged(string text) => Assert.Empty(Alarms(_check, text));
}
