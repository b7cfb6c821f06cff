using Extraction.Rules.Numbers;

namespace Extraction.Tests.Rules;

public sealed class IntervalTests
{
    [Fact]
    public void Half_up_reading_spans_half_a_unit_either_side()
    {
        var i = Interval.HalfUp(99.81m, 2);
        Assert.Equal(99.805m, i.Lo);
        Assert.Equal(99.815m, i.Hi);
    }

    [Fact]
    public void Truncation_reading_extends_away_from_zero()
    {
        Assert.Equal(new Interval(99.81m, 99.82m), Interval.Truncated(99.81m, 2));
        Assert.Equal(new Interval(-20.27m, -20.26m), Interval.Truncated(-20.26m, 2));
    }

    [Fact]
    public void Sum_of_rounded_amounts_meets_a_total_one_unit_off()
    {
        // seed003: 10299.21 + 381.2 = 10680.41, printed total 10680.42 (381.2 has one decimal).
        var sum = Interval.HalfUp(10299.21m, 2) + Interval.HalfUp(381.2m, 1);
        Assert.True(sum.Meets(Interval.HalfUp(10680.42m, 2)));
        Assert.False(sum.Meets(Interval.HalfUp(10681.42m, 2)));
    }

    [Fact]
    public void Division_is_sign_aware_and_refuses_a_divisor_around_zero()
    {
        var q = Interval.Divide(new Interval(-2m, -1m), new Interval(2m, 4m))!.Value;
        Assert.Equal(-1m, q.Lo);
        Assert.Equal(-0.25m, q.Hi);
        Assert.Null(Interval.Divide(Interval.Point(1m), new Interval(-1m, 1m)));
    }

    [Fact]
    public void Product_takes_the_extremes_of_the_four_corners()
    {
        var p = new Interval(-2m, 3m) * new Interval(-1m, 4m);
        Assert.Equal(-8m, p.Lo);
        Assert.Equal(12m, p.Hi);
    }

    [Fact]
    public void Mean_of_the_seed000_quarters_is_62_80_not_97_5()
    {
        var mean = Interval.Mean([Interval.HalfUp(36.10m, 2), Interval.HalfUp(49.86m, 2), Interval.HalfUp(74.22m, 2), Interval.HalfUp(91.01m, 2)]);
        Assert.True(mean.Meets(Interval.HalfUp(62.80m, 2)));
        Assert.False(mean.Meets(Interval.HalfUp(97.5m, 1)));
    }

    [Fact]
    public void Rounding_is_half_up_not_bankers()
    {
        Assert.Equal(4.63m, Interval.Point(4.625m).RoundHalfUp(2).Lo);
    }

    [Fact]
    public void Gap_is_zero_when_intervals_meet_and_positive_otherwise()
    {
        Assert.Equal(0m, new Interval(1m, 2m).Gap(new Interval(2m, 3m)));
        Assert.Equal(1m, new Interval(1m, 2m).Gap(new Interval(3m, 4m)));
    }

    [Theory]
    [InlineData("万元", 10000)]
    [InlineData("亿元", 100000000)]
    [InlineData("元", 1)]
    public void Amount_units_normalise_to_yuan(string unit, decimal factor)
    {
        Assert.Equal(factor, Units.YuanFactor(unit));
        Assert.Equal(new Interval(factor, factor), Units.Normalise(Interval.Point(1m), unit));
    }

    [Fact]
    public void Percent_is_not_an_amount()
    {
        Assert.Null(Units.YuanFactor("%"));
        Assert.Equal("%", Units.Kind("%"));
        Assert.Equal("amount", Units.Kind("万元"));
    }
}
