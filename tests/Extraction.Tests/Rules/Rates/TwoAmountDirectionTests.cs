using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Rates;

/// <summary>"A万元，B万元，…率p%" with two amounts: read in either direction unless the labels say which is achieved
/// and which the base; then only that direction, so the reverse cannot absorb a misprint.</summary>
public sealed class TwoAmountDirectionTests
{
    private readonly ShareCheck _check = new();

    [Theory]
    [InlineData("湛江市人力资源和社会保障局 2020 年度固定资产总额 8120.9 万元，在用固定资产总额 8105.9 万元，利用率 99.81%。")]
    [InlineData("预算金额548.06万元，决算金额511.05万元，预算执行完成率为93.25%。")]
    // No label says which is which: either direction.
    [InlineData("甲类资金548.06万元，乙类资金511.05万元，比率为107.24%。")]
    public void Rates_in_the_labelled_direction_are_silent(string text) => Assert.Empty(Alarms(_check, text));

    [Fact]
    public void The_reverse_direction_does_not_absorb_a_misprinted_achieved_amount()
    {
        // 8120.9 / 8135.9 would print as 99.81 %; the achieved 在用 amount is the numerator: 8135.9 / 8120.9 = 100.18 %.
        var f = Assert.Single(Alarms(_check, "2020 年度固定资产总额 8120.9 万元，在用固定资产总额 8135.9 万元，利用率 99.81%。"));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal(100.18m, f.Computed);
        Assert.StartsWith("8135.9万元÷8120.9万元", f.Relation.En(), StringComparison.Ordinal);
    }
}
