using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>"T万元，按支出性质分，A万元，占p%；B万元，占q%": a breakdown by one classification is a partition of T, as a
/// 其中 list is — its parts add up to T and its bare 占p% are shares of T.</summary>
public sealed class BreakdownTests
{
    private static Finding[] Alarms(ICheck check, string text) =>
        check.Run(Context([text])).Where(f => f.Severity >= Severity.Warning).ToArray();

    private const string Clean = "2021年，安平区水利局年初预算数为5876.77万元，按支出性质分，基本支出1312.98万元，占22.34%；项目支出4563.79万元，占77.66%。";

    [Fact]
    public void A_breakdown_that_adds_up_is_silent()
    {
        Assert.Empty(Alarms(new ComponentSumCheck(), Clean));
        Assert.Empty(Alarms(new ShareCheck(), Clean));
        Assert.Empty(Alarms(new ComponentSumCheck(), "一般公共预算财政拨款基本支出120.00万元，按经济分类分，人员经费100.00万元，公用经费20.00万元。"));
    }

    [Theory]
    [InlineData("2021年，安平区水利局年初预算数为5876.77万元，按支出性质分，基本支出1312.98万元，占22.34%；项目支出4563.79万元，占77.67%。", 77.66)]
    [InlineData("2021年，安平区水利局年初预算数为5876.77万元，按支出性质分，基本支出1312.98万元，占32.34%；项目支出4563.79万元，占77.66%。", 22.34)]
    public void A_share_of_the_whole_that_misses_is_a_ratio_mismatch(string text, double computed)
    {
        var f = Assert.Single(Alarms(new ShareCheck(), text));
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Theory]
    // The whole two digits swapped; a part with a digit doubled (larger than the whole, yet a slip away from it).
    [InlineData("本年度年初预算安排4506.09万元，按支出性质分，基本支出2384.52万元，占52.91%；项目支出2122.37万元，占47.09%。", 4506.89)]
    [InlineData("2018年度部门预算收入3798.90万元，按支出性质分，基本支出33306.87万元，占87.05%；项目支出492.04万元，占12.95%。", 33798.91)]
    public void Parts_that_miss_the_whole_are_a_sum_mismatch(string text, double computed)
    {
        var f = Assert.Single(Alarms(new ComponentSumCheck(), text));
        Assert.Equal("sum_mismatch", f.Check);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Fact]
    public void A_whole_that_lost_its_first_digit_and_the_zero_after_it_is_a_sum_mismatch()
    {
        // 5,054,538.13 printed 54,538.13: two characters shorter, yet one digit dropped (the zero goes with it).
        var f = Assert.Single(Alarms(new ComponentSumCheck(), "2023年，白河县交通运输局年初预算数为54,538.13元，按支出性质分，基本支出3,776,868.34元，占74.72%；项目支出1,277,669.79元，占25.28%。"));
        Assert.Equal(5054538.13m, f.Computed);
        // A whole two digits away from the parts' sum is no slip: the parts may break down something else.
        Assert.Empty(Alarms(new ComponentSumCheck(), "2023年，白河县交通运输局年初预算数为34,538.13元，按支出性质分，基本支出3,776,868.34元，占74.72%；项目支出1,277,669.79元，占25.28%。"));
    }

    [Fact]
    public void A_head_count_part_that_dropped_a_digit_of_three_is_a_sum_mismatch()
    {
        // 135 − 9 = 126, printed 12: an exact count implies one number, so three digits are enough to see the slip.
        var f = Assert.Single(Alarms(new ComponentSumCheck(), "嘉禾市交通运输局内设机构15个。年末实有人员135人，其中在职人员12人，退休人员9人。"));
        Assert.Equal(21m, f.Computed);
        Assert.Empty(Alarms(new ComponentSumCheck(), "嘉禾市交通运输局内设机构15个。年末实有人员135人，其中在职人员126人，退休人员9人。"));
        // A partial list no slip away from the count stays silent.
        Assert.Empty(Alarms(new ComponentSumCheck(), "嘉禾市交通运输局内设机构15个。年末实有人员135人，其中在职人员41人，退休人员9人。"));
    }

    [Fact]
    public void A_subject_named_before_its_share_is_the_part_not_the_change_amount_printed_last()
    {
        const string said = "地方财政收入完成100223万元，较上年同期增长2.61%，增收2546万元。其中：税收收入完成66342万元，较上年同期增长18.39%，增收10304万元，税收收入占地方财政收入{0}%。";
        Assert.Empty(Alarms(new ShareCheck(), string.Format(System.Globalization.CultureInfo.InvariantCulture, said, "66.19")));
        var f = Assert.Single(Alarms(new ShareCheck(), string.Format(System.Globalization.CultureInfo.InvariantCulture, said, "69.19")));
        Assert.Equal(66.19m, f.Computed);
        // A change amount alone before 占 is no part of anything.
        Assert.Empty(Alarms(new ShareCheck(), "地方财政收入完成100223万元。税收收入增收10304万元，占66.19%。"));
    }
}
