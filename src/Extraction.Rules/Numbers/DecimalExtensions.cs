namespace Extraction.Rules.Numbers;

internal static class DecimalExtensions
{
    public static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;

    public static string Show(this decimal value) => Interval.Fmt(value);

    public static decimal Round2(this decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
