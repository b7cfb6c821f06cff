using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>"A元，占支出总预算s%，同比增加C元，增长p%": the share between a level and its change is an aside; the change
/// rate is still C / (A − C) (a real 部门预算 stated C / A and no check read it).</summary>
public sealed class ShareAsideChangeTests
{
    private static Finding[] Alarms(string text) =>
        new ChangeRateCheck().Run(Context([text])).Where(f => f.Severity >= Severity.Warning).ToArray();

    [Theory]
    [InlineData("（二）社会保障和就业支出类科目 120000.00 元，占支出总预算 10.00 %，同比增加 20000.00 元，增长 20.00%。")]
    [InlineData("（三）卫生健康支出类科目 45000.00 元，占支出总预算4.50%，同比减少 5000.00 元，下降 10.00 %。")]
    public void A_rate_of_the_level_before_the_share_is_silent(string text) => Assert.Empty(Alarms(text));

    [Theory]
    [InlineData("（二）社会保障和就业支出类科目 120000.00 元，占支出总预算 10.00 %，同比增加 20000.00 元，增长 16.67%。", 20.00)]
    [InlineData("（三）卫生健康支出类科目 45000.00 元，占支出总预算4.50%，同比减少 5000.00 元，下降 11.11 %。", 10.00)]
    public void A_rate_taken_of_the_wrong_base_is_a_ratio_mismatch(string text, double computed)
    {
        var f = Assert.Single(Alarms(text));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Fact]
    public void A_change_after_a_list_may_be_the_lists_whole()
    {
        const string head = "事业运行经费总预算 1500000.00 元，其中：基本支出预算 200000.00 元，项目支出预算 1300000.00 元，同比增加 500000.00 元，";
        Assert.Empty(Alarms(head + "增长 50.00%。"));
        var f = Assert.Single(Alarms(head + "增长 40.00%。"));
        Assert.Equal(62.50m, f.Computed);
    }
}
