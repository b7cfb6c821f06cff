namespace Extraction.Generator.Truth;

/// <summary>A closed interval of decimals: a printed number stands for every value that rounds to it (DOMAIN.md).</summary>
public readonly record struct Interval(decimal Lo, decimal Hi)
{
    public static Interval Exact(decimal v) => new(v, v);

    public bool Meets(Interval other) => Lo <= other.Hi && other.Lo <= Hi;

    public Interval Widen(decimal by) => new(Lo - by, Hi + by);

    public static Interval operator +(Interval a, Interval b) => new(a.Lo + b.Lo, a.Hi + b.Hi);

    public static Interval operator -(Interval a, Interval b) => new(a.Lo - b.Hi, a.Hi - b.Lo);

    public static Interval operator *(Interval a, decimal k) => k >= 0 ? new(a.Lo * k, a.Hi * k) : new(a.Hi * k, a.Lo * k);

    /// <summary>a ÷ b for a positive divisor interval; null when b may be zero.</summary>
    public static Interval? Divide(Interval a, Interval b)
    {
        if (b.Lo <= 0)
        {
            return null;
        }

        decimal[] c = [a.Lo / b.Lo, a.Lo / b.Hi, a.Hi / b.Lo, a.Hi / b.Hi];
        return new(c.Min(), c.Max());
    }
}
