using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>A stated change against its two printed levels: C = N − P (增加) or P − N (减少).</summary>
public sealed class ChangeAmountTests
{
    private readonly ChangeAmountCheck _check = new();

    [Theory]
    [InlineData("本年支出1410.57万元，上年支出1290.53万元，增加120.04万元，增长9.30%。")]
    [InlineData("与上年相比，本年支出24,629,777.98元，上年支出28,420,300.81元，减少3,790,522.83元，下降13.34%。")]
    [InlineData("同上年度比较，本年支出78,194,711.36元，上年同期为59,005,729.19元，增加19,188,982.17元，增长32.52%。")]
    [InlineData("3. 高中教育（项）支出决算570.06万元，年初预算497.87万元，比年初预算增加72.19万元，增长14.50%。")]
    // Levels in 万元, the change in 元.
    [InlineData("本年支出120.00万元，上年支出100.00万元，增加200,000.00元。")]
    public void Changes_that_are_the_difference_are_silent(string text) => Assert.Empty(Alarms(_check, text));

    [Theory]
    // A slip in the current level, the base or the change.
    [InlineData("本年支出1410.75万元，上年支出1290.53万元，增加120.04万元，增长9.30%。", 120.22)]
    [InlineData("与上年相比，本年支出24,629,767.98元，上年支出28,420,300.81元，减少3,790,522.83元，下降13.34%。", 3790532.83)]
    [InlineData("同上年度比较，本年支出5927.63万元，上年同期为455.42万元，增加1375.21万元，增长30.21%。", 5472.21)]
    [InlineData("3. 高中教育（项）支出决算570.06万元，年初预算497.87万元，比年初预算增加2.19万元，增长14.50%。", 72.19)]
    [InlineData("事业单位医疗（项）年度决算数516.00万元，年初预算635.24万元，比年初预算减少119.32万元，下降18.77%。", 119.24)]
    public void Changes_that_are_not_the_difference_are_sum_mismatches(string text, double computed)
    {
        var f = Assert.Single(Alarms(_check, text));
        Assert.Equal("sum_mismatch", f.Check);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Theory]
    // Only the current level: the change is stated of it, nothing to subtract.
    [InlineData("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。")]
    // A carry-over is this year's money, not last year's level: neither amount is the base.
    [InlineData("本年收入300.00万元，上年结转50.00万元，增加20.00万元。")]
    // Both or neither labelled as last year's: which is the base is unknown.
    [InlineData("收入1000.00万元，支出900.00万元，增加5.00万元。")]
    [InlineData("上年收入1000.00万元，上年支出900.00万元，增加5.00万元。")]
    // A short 比… phrase the level's name only contains: 上年结转 may be this year's level or last year's.
    [InlineData("上年结转250.00万元，比上年增加30.00万元，增长25.00%。")]
    public void Changes_without_two_known_levels_are_not_judged(string text) => Assert.Empty(Alarms(_check, text));
}
