using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>A 其中 list opening its own sentence after a sentence about the change against last year breaks down the
/// level stated before that change, not the change (a real 部门整体支出绩效评价报告 drew a false sum_mismatch: the
/// change amount was read as the list's total).</summary>
public sealed class ListAfterChangeTests
{
    private static Finding[] Alarms(string text) =>
        new ComponentSumCheck().Run(Context([text])).Where(f => f.Severity >= Severity.Warning).ToArray();

    [Theory]
    [InlineData("1、收入：560.40万元。同比上年度增加120.10万元，增长27.27%。其中：财政拨款收入560.40万元，同比上年度增加130.00万元，增长30.21%。")]
    [InlineData("本年收入合计560.40万元，较上年增加120.10万元。其中：财政拨款收入500.40万元，其他收入60.00万元。")]
    // The last amount before the list is a change: which level the list breaks down is not said (it may be partial).
    [InlineData("本年收入560.40万元，比上年增加120.10万元，增长27.27%。其中：财政拨款收入500.40万元，其他收入30.00万元。")]
    // Within one sentence the list may split the change itself.
    [InlineData("本年支出比上年增加45.00万元，其中：人员经费30.00万元，公用经费15.00万元。")]
    // An income and an expenditure are two sides of an account, not parts of the balance stated before them.
    [InlineData("基金收入2079亿元，支出1669亿元。本年收支结余410亿元，年末滚存结余2690亿元。其中，保险费收入1700亿元，增长13%；支出1609亿元，增长20%。")]
    public void A_list_that_adds_up_to_the_level_is_silent(string text) => Assert.Empty(Alarms(text));

    [Theory]
    [InlineData("1、收入：560.40万元。同比上年度增加120.10万元，增长27.27%。其中：财政拨款收入500.40万元，其他收入80.00万元。", 560.40, 580.40)]
    [InlineData("本年支出比上年增加45.00万元，其中：人员经费30.00万元，公用经费25.00万元。", 45.00, 55.00)]
    public void A_list_that_misses_the_level_is_a_sum_mismatch(string text, double stated, double computed)
    {
        var f = Assert.Single(Alarms(text));
        Assert.Equal("sum_mismatch", f.Check);
        Assert.Equal((decimal)stated, f.Stated);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Fact]
    public void A_part_printed_as_zero_proves_no_unit_slip()
    {
        Assert.Empty(new ComponentSumCheck().Run(Context(["（二）公务用车购置及运行费支出 5.60万元。其中：公务用车购置支出0万元。"])));
        var slip = Assert.Single(new ComponentSumCheck().Run(Context(["支出合计5.60万元，其中：办公费3.10万元，印刷费2.50元。"])));
        Assert.Equal("unit_mismatch", slip.Check);
    }
}
