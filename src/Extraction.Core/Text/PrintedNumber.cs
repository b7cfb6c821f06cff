using System.Globalization;
using System.Text;

namespace Extraction.Text;

/// <summary>A number as printed: its decimal value, how many decimals were printed (its precision)
/// and the printed text. Parsing normalises full-width digits and signs and drops thousands
/// separators, always with the invariant culture.</summary>
public readonly record struct PrintedNumber(decimal Value, int Decimals, string Text)
{
    public static bool TryParse(string? text, out PrintedNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return false;
        }

        if (!decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var dot = normalized.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : normalized.Length - dot - 1;
        number = new PrintedNumber(value, decimals, text.Trim());
        return true;
    }

    public static PrintedNumber Parse(string text) =>
        TryParse(text, out var n) ? n : throw new FormatException($"expected a number, found \"{text}\"");

    /// <summary>Full-width to ASCII, separators removed, minus signs unified; no other changes.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Trim())
        {
            var c = TextNormalizer.ToHalfWidth(ch);
            switch (c)
            {
                case ',':
                case ' ':
                case '\u00A0':
                case '\u2009':
                    continue;
                case '\u2212':
                case '\u2013':
                    sb.Append('-');
                    break;
                case '。':
                    sb.Append('.');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    public override string ToString() => Text;
}
