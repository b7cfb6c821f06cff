using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>A row and the 其中 rows under it: reported only when one printed number is a slip away from the sum.</summary>
public sealed class TablePartsCheckTests
{
    private static Finding[] Alarms(AnalysisContext context) =>
        new TablePartsCheck().Run(context).Where(f => f.Severity >= Severity.Warning).ToArray();

    private static AnalysisContext Funds(string total, string grant, string carried, string other) =>
        Context([], tables: [Grid(
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "分值", "执行率"],
            ["", "年度资金总额", "685.73", total, "10", "89.01%"],
            ["", "其中：当年财政拨款", "583.64", grant, "—", "—"],
            ["", "上年结转资金", "64.47", carried, "—", "—"],
            ["", "其他资金", "37.62", other, "—", "—"],
            ["年度总体目标", "预期目标", "", "实际完成情况", "", ""])]);

    [Fact]
    public void Parts_that_make_the_row_above_are_silent() => Assert.Empty(Alarms(Funds("731.53", "620.66", "69.63", "41.24")));

    [Theory]
    // A digit doubled in a part, a digit dropped from a part, two digits swapped in the total.
    [InlineData("731.53", "6220.66", "69.63", "41.24", 6331.53)]
    [InlineData("731.53", "620.66", "9.63", "41.24", 671.53)]
    [InlineData("713.53", "620.66", "69.63", "41.24", 731.53)]
    public void A_part_or_total_a_slip_away_is_a_sum_mismatch(string total, string grant, string carried, string other, double computed)
    {
        var f = Assert.Single(Alarms(Funds(total, grant, carried, other)));
        Assert.Equal("sum_mismatch", f.Check);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Fact]
    public void A_zero_part_slipped_to_one_digit_is_a_sum_mismatch()
    {
        // 620.66 + 69.63 + 41.24 make 731.53; 其他资金 printed 9.00 for 0.00 leaves no room for it.
        Assert.Empty(Alarms(Funds("690.29", "620.66", "69.63", "0.00")));
        var f = Assert.Single(Alarms(Funds("690.29", "620.66", "69.63", "9.00")));
        Assert.Equal(699.29m, f.Computed);
        // A part of two non-zero digits beside parts that already make the total is no slipped zero.
        Assert.Empty(Alarms(Funds("690.29", "620.66", "69.63", "19.00")));
    }

    [Fact]
    public void A_partial_list_that_is_no_slip_away_is_silent()
    {
        // 其中 names only the items worth naming: 312.40 + 205.70 of 1236.50 is no misprint of anything.
        var table = Grid(["项目", "金额"], ["支出合计", "1236.50"], ["其中：三公经费", "312.40"], ["会议费", "205.70"], ["二、项目支出", "718.40"]);
        Assert.Empty(Alarms(Context([], tables: [table])));
    }

    [Fact]
    public void The_list_ends_at_a_numbered_row()
    {
        // 二、项目支出 is no part of 基本支出: 600 = 400 + 200 holds; with it the parts would be 6000.00, a 0 doubled.
        var table = Grid(["项目", "金额"], ["基本支出", "600.00"], ["其中：人员经费", "400.00"], ["公用经费", "200.00"], ["二、项目支出", "5400.00"]);
        Assert.Empty(Alarms(Context([], tables: [table])));
    }

    [Fact]
    public void A_whole_printed_below_its_only_part_is_a_sum_mismatch()
    {
        // The total row printed as zeros over its one filled part: no partial list makes a part larger than its whole.
        var table = Grid(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数"],
            ["", "年度资金总额", "0", "0", "0"], ["", "其中：当年财政拨款", "70", "70", "69.985"], ["", "上年结转资金", "", "", ""], ["", "其他资金", "", "", ""]);
        var findings = Alarms(Context([], tables: [table]));
        Assert.Equal(3, findings.Length);
        Assert.All(findings, f => Assert.Equal("sum_mismatch", f.Check));
        Assert.Equal(69.985m, findings[2].Computed);
        Assert.All(findings, f => Assert.Equal(2, f.Evidence.Count));
        // One finding per column, each naming its column.
        Assert.Equal(["年初预算数", "全年预算数", "全年执行数"], findings.Select(f => f.Message.Zh().Split('列')[0]).ToArray());
    }

    [Theory]
    // Equal under truncation (70.49 printed as 70.4), a deficit part, a part equal to its whole.
    [InlineData("70.4", "70.49")]
    [InlineData("50.00", "-60.00")]
    [InlineData("70.00", "70.00")]
    public void A_part_no_larger_than_its_whole_is_silent(string whole, string part)
    {
        var table = Grid(["项目", "金额"], ["支出合计", whole], ["其中：基本支出", part], ["二、其他", ""]);
        Assert.Empty(Alarms(Context([], tables: [table])));
    }
}
