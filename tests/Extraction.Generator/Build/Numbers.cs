using System.Globalization;

namespace Extraction.Generator.Build;

/// <summary>Printing and rounding of generated numbers: half-up (四舍五入) as reports do, invariant culture.</summary>
public static class Numbers
{
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static string Format(decimal value, int decimals, bool thousands) =>
        Round(value, decimals).ToString((thousands ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Value of printed digits (separators removed).</summary>
    public static decimal Parse(string number) =>
        decimal.Parse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    public static int DecimalsOf(string number)
    {
        var dot = number.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : number.Length - dot - 1;
    }

    /// <summary>Factor from <paramref name="unit"/> to 元 (1 for units that are not money).</summary>
    public static decimal ToYuan(string unit) => unit switch
    {
        "万元" => 10000m,
        "亿元" => 100000000m,
        _ => 1m,
    };
}
