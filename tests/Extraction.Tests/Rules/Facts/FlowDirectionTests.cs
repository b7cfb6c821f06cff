using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>Money drawn from a fund and money put into it are two quantities, even when their values differ like a
/// misprint; the same movement restated still links.</summary>
public sealed class FlowDirectionTests
{
    [Fact]
    public void Drawing_from_a_fund_and_putting_into_it_are_not_one_fact()
    {
        Assert.Empty(Findings(
            P("收入合计80.50亿元(包括上级补助收入20.40亿元,动用预算稳定调节基金3.15亿元)。"),
            P("支出合计80.50亿元(包括上解支出11.20亿元,安排预算稳定调节基金3.75亿元)。")));
    }

    [Fact]
    public void The_same_movement_stated_twice_with_a_slip_is_still_one_fact_in_conflict()
    {
        Assert.Single(Findings(
            P("收入合计80.50亿元(包括上级补助收入20.40亿元,动用预算稳定调节基金3.15亿元)。"),
            P("年内动用预算稳定调节基金3.75亿元,用于弥补收支缺口。")));
    }
}
