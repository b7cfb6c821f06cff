using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>The code printed before an indicator's name: "A101", "B2", "1.1.1", "(1)" is not one.</summary>
internal static partial class IndicatorCode
{
    public static string? Of(string name)
    {
        var m = Code().Match(TextNormalizer.Key(name));
        return m.Success ? m.Groups["code"].Value : null;
    }

    /// <summary>A cell of a code column holding a code alone ("A101", "1.1.1"); null for anything else.</summary>
    public static string? Alone(string? cell)
    {
        var key = TextNormalizer.Key(cell ?? "");
        return key.Length > 0 && Code().Match(key + "名") is { Success: true } m && m.Groups["code"].Value == key ? key : null;
    }

    // A letter with digits (A1, A101, B2-1) or dotted numbers (1.1, 1.1.1), followed by the name (not a digit).
    [GeneratedRegex(@"^(?<code>[A-Za-z]\d{1,4}(?:[-.]\d{1,3})*|\d{1,2}(?:\.\d{1,2}){1,3})(?=[^\d.%])")]
    private static partial Regex Code();
}
