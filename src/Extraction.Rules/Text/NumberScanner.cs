using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Rules.Text;

/// <summary>Finds the numbers of a passage with the unit printed after them. Dates, document numbers
/// (湛财预[2019]8号) and list markers (1、 (2)) are not quantities and are skipped.</summary>
public static partial class NumberScanner
{
    [GeneratedRegex(@"(?<num>[-−－]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|[-−－]?\d+(?:\.\d+)?)(?<sp>[ \u00A0\u3000]*)(?<unit>亿元|万元|千元|元|万人|万|亿|%|％|人次|人|个|次|宗|份|家|名|项|分|套|条|间|户)?")]
    private static partial Regex NumberPattern();

    private const string NotQuantityAfter = "年月日号时届岁级期";

    public static IReadOnlyList<Quantity> Scan(Passage passage)
    {
        var text = passage.Text;
        var found = new List<Quantity>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            var num = m.Groups["num"];
            var start = num.Index;
            var numText = num.Value;
            if (numText[0] is '-' or '−' or '－' && start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is ')' or '）' or '%'))
            {
                // "4061.98-2106.12": a minus between operands, not a sign.
                start++;
                numText = numText[1..];
            }

            var end = num.Index + num.Length;
            var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value : null;
            if (unit is "％")
            {
                unit = "%";
            }

            var after = end + m.Groups["sp"].Length;
            if (unit is null && after < text.Length && NotQuantityAfter.Contains(text[after], StringComparison.Ordinal))
            {
                continue;
            }

            if (unit is null && IsMarker(text, start, end))
            {
                continue;
            }

            if (!PrintedNumber.TryParse(numText, out var number))
            {
                continue;
            }

            var unitEnd = m.Groups["unit"].Success ? m.Groups["unit"].Index + m.Groups["unit"].Length : end;
            found.Add(new Quantity(number, unit, start, unitEnd, passage));
        }

        return found;
    }

    /// <summary>List markers and document numbers: "1、", "2." before text, "(3)", "[2019]", "〔2020〕".</summary>
    private static bool IsMarker(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : '\n';
        var next = end < text.Length ? text[end] : '\n';
        if (before is '[' or '〔' or '【' || next is ']' or '〕' or '】')
        {
            return true;
        }

        if (before is '(' or '（' && next is ')' or '）')
        {
            return true;
        }

        var atItemStart = start == 0 || char.IsWhiteSpace(before) || before is '：' or ':' or '；' or '。' or '（' or '(' or '⏎';
        return atItemStart && (next is '、' || (next is '.' or '．' && (end + 1 >= text.Length || !char.IsDigit(text[end + 1]))));
    }
}
