namespace Extraction.Rules.Numbers;

/// <summary>How a printed number is read back to the values it may stand for.</summary>
public enum NumberReading
{
    /// <summary>x ± 0.5·10^-d (四舍五入).</summary>
    HalfUp,

    /// <summary>[x, x + 10^-d) away from zero (截断).</summary>
    Truncated,

    /// <summary>Either of the two.</summary>
    Either,

    /// <summary>The printed value exactly (counts, weights).</summary>
    Exact,
}
