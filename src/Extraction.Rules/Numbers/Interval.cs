namespace Extraction.Rules.Numbers;

/// <summary>A closed decimal interval [Lo, Hi]: a printed number stands for every value that prints as it.
/// Arithmetic propagates the bounds, so a relation between rounded numbers holds when the intervals meet.</summary>
public readonly record struct Interval(decimal Lo, decimal Hi)
{
    public static Interval Point(decimal value) => new(value, value);

    /// <summary>Half-up reading of a number printed with <paramref name="decimals"/> decimals: x ± 0.5·10^-d.</summary>
    public static Interval HalfUp(decimal value, int decimals)
    {
        var half = Unit(decimals) / 2m;
        return new Interval(value - half, value + half);
    }

    /// <summary>Truncation reading: the printed digits are a prefix of the true value, [x, x + 10^-d) away from zero.</summary>
    public static Interval Truncated(decimal value, int decimals)
    {
        var unit = Unit(decimals);
        return value >= 0 ? new Interval(value, value + unit) : new Interval(value - unit, value);
    }

    public static Interval Printed(decimal value, int decimals, NumberReading reading) => reading switch
    {
        NumberReading.Exact => Point(value),
        NumberReading.Truncated => Truncated(value, decimals),
        NumberReading.Either => HalfUp(value, decimals).Hull(Truncated(value, decimals)),
        _ => HalfUp(value, decimals),
    };

    public static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < Math.Clamp(decimals, 0, 20); i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    public decimal Mid => (Lo + Hi) / 2m;

    public decimal Width => Hi - Lo;

    public bool Contains(decimal value) => value >= Lo && value <= Hi;

    /// <summary>Whether the two intervals share a value (the relation can hold).</summary>
    public bool Meets(Interval other) => Lo <= other.Hi && other.Lo <= Hi;

    /// <summary>Distance between the intervals; 0 when they meet.</summary>
    public decimal Gap(Interval other) => Meets(other) ? 0m : Math.Max(other.Lo - Hi, Lo - other.Hi);

    public Interval Hull(Interval other) => new(Math.Min(Lo, other.Lo), Math.Max(Hi, other.Hi));

    public Interval Scale(decimal factor) => factor >= 0 ? new(Lo * factor, Hi * factor) : new(Hi * factor, Lo * factor);

    public Interval Shift(decimal offset) => new(Lo + offset, Hi + offset);

    public Interval Negate() => new(-Hi, -Lo);

    public Interval Min(decimal cap) => new(Math.Min(Lo, cap), Math.Min(Hi, cap));

    public Interval Max(decimal floor) => new(Math.Max(Lo, floor), Math.Max(Hi, floor));

    public static Interval operator +(Interval a, Interval b) => new(a.Lo + b.Lo, a.Hi + b.Hi);

    public static Interval operator -(Interval a, Interval b) => new(a.Lo - b.Hi, a.Hi - b.Lo);

    public static Interval operator *(Interval a, Interval b)
    {
        decimal p1 = a.Lo * b.Lo, p2 = a.Lo * b.Hi, p3 = a.Hi * b.Lo, p4 = a.Hi * b.Hi;
        return new(Math.Min(Math.Min(p1, p2), Math.Min(p3, p4)), Math.Max(Math.Max(p1, p2), Math.Max(p3, p4)));
    }

    /// <summary>Sign-aware division; null when the divisor's interval contains zero (no bounded quotient).</summary>
    public static Interval? Divide(Interval a, Interval b)
    {
        if (b.Lo <= 0 && b.Hi >= 0)
        {
            return null;
        }

        return a * new Interval(1m / b.Hi, 1m / b.Lo);
    }

    public static Interval Sum(IEnumerable<Interval> items)
    {
        var total = Point(0);
        foreach (var item in items)
        {
            total += item;
        }

        return total;
    }

    public static Interval Mean(IReadOnlyList<Interval> items)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException("expected at least one value to average, found none", nameof(items));
        }

        return Sum(items).Scale(1m / items.Count);
    }

    /// <summary>Rounds both bounds half-up (四舍五入) to <paramref name="decimals"/> decimals.</summary>
    public Interval RoundHalfUp(int decimals) =>
        new(Math.Round(Lo, decimals, MidpointRounding.AwayFromZero), Math.Round(Hi, decimals, MidpointRounding.AwayFromZero));

    public override string ToString() => Lo == Hi ? Fmt(Lo) : $"[{Fmt(Lo)}, {Fmt(Hi)}]";

    internal static string Fmt(decimal d) => d.Normalize().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
