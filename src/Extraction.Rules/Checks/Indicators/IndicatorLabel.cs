using System.Text.RegularExpressions;
using Extraction.Text;
using FuzzySharp;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>An indicator's label split into its code ("B101", when printed) and its name key (half-width, no
/// whitespace, no punctuation), and the matching the checks share: equal codes when both carry one, else equal
/// names, a name containing the other (≥ 4 characters, ≥ 60 % of the longer), or a FuzzySharp ratio ≥ 88.</summary>
internal readonly partial record struct IndicatorLabel(string? Code, string Name)
{
    private const int FuzzyThreshold = 88;

    public static IndicatorLabel Of(string text)
    {
        var key = TextNormalizer.Key(text);
        key = Enumerator().Replace(key, string.Empty);
        var m = CodePattern().Match(key);
        var code = m.Success ? m.Groups["code"].Value.ToUpperInvariant() : null;
        var name = m.Success ? key[m.Length..] : key;
        return new IndicatorLabel(code, Punctuation().Replace(name, string.Empty));
    }

    public bool IsEmpty => Code is null && Name.Length == 0;

    public bool Matches(IndicatorLabel other)
    {
        if (Code is not null && other.Code is not null)
        {
            return Code == other.Code;
        }

        return NamesMatch(Name, other.Name);
    }

    public static bool NamesMatch(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 4 && shorter.Length * 10 >= longer.Length * 6 && longer.Contains(shorter, StringComparison.Ordinal))
        {
            return true;
        }

        return shorter.Length >= 4 && Fuzz.Ratio(a, b) >= FuzzyThreshold;
    }

    /// <summary>A letter and 0–4 digits before the name ("A101立项依据充分性", "D203 参赛…", "D401" alone, "B过程").</summary>
    [GeneratedRegex(@"^(?<code>[A-Za-z](?:\d{1,4}(?![\d.])|(?=[\u4e00-\u9fff])))")]
    private static partial Regex CodePattern();

    /// <summary>List markers before a label: "（1）", "1.", "一、", "①".</summary>
    [GeneratedRegex(@"^(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）、.．]|[①-⑳])")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"[\p{P}\p{S}]")]
    private static partial Regex Punctuation();
}
