using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Analysis.Common;

/// <summary>Reads the number a score-table cell holds ("5", "5分", "1.48", "20%", "３．５").</summary>
internal static partial class CellNumber
{
    /// <summary>The cell is a number, optionally followed by 分 or %.</summary>
    public static bool TryParse(string? text, out PrintedNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = TextNormalizer.Key(text);
        var m = WholeNumber().Match(key);
        if (!m.Success)
        {
            return false;
        }

        if (!PrintedNumber.TryParse(m.Groups["n"].Value, out var parsed))
        {
            return false;
        }

        number = parsed with { Text = m.Groups["n"].Value };
        return true;
    }

    /// <summary>A number at the start of a longer cell ("1.48（扣0.52分）").</summary>
    public static bool TryParseLeading(string? text, out PrintedNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = TextNormalizer.Key(text);
        var m = LeadingNumber().Match(key);
        return m.Success && PrintedNumber.TryParse(m.Groups["n"].Value, out number);
    }

    [GeneratedRegex(@"^[（(]?(?<n>[-+]?\d+(?:\.\d+)?)(?:分|%)?[)）]?$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^(?<n>[-+]?\d+(?:\.\d+)?)(?:分)?(?![\d.%])[（(，,；;]")]
    private static partial Regex LeadingNumber();
}
