using Extraction.Rules.Checks;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Rates;

/// <summary>An integer count of people or things is exact (23人 is 23, not 22.5…23.5); amounts and decimals stay intervals.</summary>
public sealed class CountedFiguresTests
{
    [Theory]
    [InlineData("实有人数23人", 23, 23)]
    [InlineData("问卷108份", 108, 108)]
    [InlineData("资金23万元", 225_000, 235_000)]
    [InlineData("得分为11.5分", 11.45, 11.55)]
    [InlineData("服务1.5万人", 1.45, 1.55)]
    public void Integer_counts_are_exact_and_the_rest_half_up(string text, double lo, double hi)
    {
        var passage = new Passage(text, new Extraction.Results.Evidence(1, text), false);
        var q = Assert.Single(NumberScanner.Scan(passage));
        Assert.Equal(new Interval((decimal)lo, (decimal)hi), q.Counted());
    }

    [Fact]
    public void A_head_count_list_one_person_off_its_total_is_reported()
    {
        var check = new ComponentSumCheck();
        Assert.Empty(Alarms(check, "2020年末我分局编制人数27人，其中公务员编制18人，老工勤及雇员编制9人。实有人数23人，其中公务员14人，老工勤3人，雇员6人。"));
        var f = Assert.Single(Alarms(check, "实有人数23人，其中公务员14人，老工勤4人，雇员6人。"));
        Assert.Equal("sum_mismatch", f.Check);
        Assert.Equal(24m, f.Computed);
    }
}
