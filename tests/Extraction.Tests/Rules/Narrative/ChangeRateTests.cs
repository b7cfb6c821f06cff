using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>"A万元，比上年增加C万元，增长p%": p = C / (A ∓ C); "上年P万元，本年N万元，比上年增加p%": p = N / P − 1.</summary>
public sealed class ChangeRateTests
{
    private readonly ChangeRateCheck _check = new();

    [Theory]
    [InlineData("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。")]
    [InlineData("上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。")]
    [InlineData("一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%。")]
    [InlineData("本年收入1200万元，较上年增长了200万元，增长率为20%。")]
    // From a zero base the rate is 100% by convention: not judged.
    [InlineData("收入支出总计307.82万元。与2023年度相比，收入支出总计增加307.82万元，增长100.00%。")]
    [InlineData("2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。")]
    // 57.8 has one decimal: 57.75…57.85 against 59.11 is −2.30…−2.13 %.
    [InlineData("2025年当年预算执行数为59.11万元，2026年预算安排57.8万元，比2025年预算执行数减少2.21%。")]
    [InlineData("上年支出100万元，本年支出120万元，比上年增长20%。")]
    public void Rates_that_fit_the_amounts_are_silent(string text) => Assert.Empty(Alarms(_check, text));

    [Theory]
    [InlineData("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长3.40%。", 1.40)]
    [InlineData("本年收入1200万元，较上年增长了200万元，增长率为10%。", 20)]
    [InlineData("上海市普陀区财政局2024年度收入支出总计0万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。", 100.01)]
    [InlineData("2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，比2025年预算执行数增加5.27%。", 1.59)]
    public void Rates_that_miss_are_errors(string text, double computed)
    {
        var f = Assert.Single(Alarms(_check, text));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Theory]
    // The amount before 比 is the base when its label repeats the 比… phrase: 31.51 ÷ 212.46 = 14.83 % (not ÷ 243.97).
    [InlineData("1. 行政运行（项）决算数为180.95万元，年初预算212.46万元，比年初预算减少31.51万元，下降14.83%，主要原因是人员变动。")]
    [InlineData("3. 行政运行（项）决算数为942.83万元，年初预算894.70万元，比年初预算增加48.13万元，增长5.38%，主要原因是政策性增支。")]
    // Base first, then the current level: the amount before 比 is the current one (4.00 ÷ (104.00 − 4.00)).
    [InlineData("年初预算100.00万元，决算数104.00万元，比年初预算增加4.00万元，增长4.00%。")]
    // A short 比… phrase the level's name only contains: 上年结转 is this year's carry-over (50 ÷ (250 − 50) = 25 %) …
    [InlineData("上年结转250.00万元，比上年增加50.00万元，增长25.00%。")]
    // … and 上年支出 last year's level (20 ÷ 100 = 20 %): either reading may be meant.
    [InlineData("上年支出100.00万元，比上年增加20.00万元，增长20.00%。")]
    public void A_change_against_the_named_base_is_read_from_that_base(string text) => Assert.Empty(Alarms(_check, text));

    [Theory]
    // The rate against the wrong base: 31.51 ÷ 212.46 is 14.83 %, not 12.92 %.
    [InlineData("1. 行政运行（项）决算数为180.95万元，年初预算212.46万元，比年初预算减少31.51万元，下降12.92%。", 14.83)]
    // The change and the rate agree, the current level does not: (189.05 − 212.46) ÷ 212.46 = −11.02 %.
    [InlineData("1. 行政运行（项）决算数为189.05万元，年初预算212.46万元，比年初预算减少31.51万元，下降14.83%。", -11.02)]
    // A short phrase: neither 20 ÷ 100 nor 20 ÷ (100 − 20) gives 30 %.
    [InlineData("上年支出100.00万元，比上年增加20.00万元，增长30.00%。", 20)]
    public void A_change_against_the_named_base_that_misses_is_an_error(string text, double computed)
    {
        var f = Assert.Single(Alarms(_check, text));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Theory]
    // No 比… phrase: the level labelled as last year's is the base (9,005,574.15 ÷ 53,316,738.30 = 16.89 %).
    [InlineData("与上年相比，本年支出62,322,312.45元，上年支出53,316,738.30元，增加9,005,574.15元，增长16.89%。")]
    [InlineData("同上年度比较，本年支出4133.25万元，上年同期为3199.55万元，增加933.70万元，增长29.18%。")]
    public void A_change_between_this_and_last_year_is_read_from_last_year(string text) => Assert.Empty(Alarms(_check, text));

    [Theory]
    [InlineData("同上年度比较，本年支出4133.25万元，上年同期为3199.55万元，增加933.70万元，增长29.08%。", 29.18)]
    // The change and the rate agree, the base does not: (62,322,312.45 − 53,136,738.30) ÷ 53,136,738.30 = 17.29 %.
    [InlineData("与上年相比，本年支出62,322,312.45元，上年支出53,136,738.30元，增加9,005,574.15元，增长16.89%。", 16.95)]
    public void A_change_between_this_and_last_year_that_misses_is_found(string text, double computed)
    {
        var f = Assert.Single(Alarms(_check, text));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Fact]
    public void A_small_miss_is_a_warning()
    {
        var f = Assert.Single(Alarms(_check, "2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.66%。"));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(17.93m, f.Computed);
    }

    [Theory]
    // Two levels but the 比… phrase names neither: which is the earlier one is unknown.
    [InlineData("收入1000万元，支出900万元，比上年增长5%。")]
    // The change and the rate disagree in direction: not a statement this check reads.
    [InlineData("支出184.65万元，比上年增加2.55万元，下降1.40%。")]
    // Without the level only the change is stated.
    [InlineData("比上年增加2.55万元，增长1.40%。")]
    public void Statements_without_both_operands_are_not_judged(string text) => Assert.Empty(Alarms(_check, text));

    [Fact]
    public void A_rate_named_with_率_after_two_levels_is_left_to_the_share_check()
    {
        const string text = "上年支出100万元，本年支出120万元，比上年增长率为30%。";
        Assert.Empty(Alarms(_check, text));
        Assert.Single(Alarms(new ShareCheck(), text));
    }
}
