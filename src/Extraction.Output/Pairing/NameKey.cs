using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Output.Pairing;

/// <summary>Normalised keys for matching department and indicator names across reports.</summary>
internal static partial class NameKey
{
    /// <summary>Half-width, no whitespace or punctuation, no outline numbering ("1.", "（一）", "①") and no
    /// parenthesised weights ("(20分)").</summary>
    public static string Indicator(string name)
    {
        var text = TextNormalizer.Key(name);
        text = WeightNote().Replace(text, string.Empty);
        text = Numbering().Replace(text, string.Empty);
        return StripPunctuation(text);
    }

    /// <summary>Department keys to compare: the whole name, and the name without a leading administrative
    /// prefix ("湛江市", "深圳市盐田区") when what remains still reads as an organisation name. The prefix is only
    /// stripped when it ends in 省/市/区/县 after at least two characters and the rest is at least three characters
    /// long, so "城市管理局" keeps its 市 (the rest "管理局" would lose the meaning) unless it follows a place name.</summary>
    public static IReadOnlyList<string> Department(string name)
    {
        var key = StripPunctuation(Brackets().Replace(TextNormalizer.Key(name), string.Empty));
        var keys = new List<string> { key };
        var stripped = key;
        for (var i = 0; i < 3; i++)
        {
            var m = AdminPrefix().Match(stripped);
            if (!m.Success || stripped.Length - m.Length < 3)
            {
                break;
            }

            stripped = stripped[m.Length..];
            keys.Add(stripped);
        }

        return keys;
    }

    private static string StripPunctuation(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category == UnicodeCategory.OtherLetter)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    // A place name of 2-6 characters before its level: 湛江市, 盐田区, 广东省, 大鹏新区.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,6}?(省|自治区|市|新区|(?<!社)区|县)")]
    private static partial Regex AdminPrefix();

    [GeneratedRegex(@"[(（][^()（）]*[)）]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[(（]\s*[\d.]+\s*分\s*[)）]")]
    private static partial Regex WeightNote();

    [GeneratedRegex(@"^([0-9]+[.、．]|[(（][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+[、.]|[①-⑳])+")]
    private static partial Regex Numbering();
}
