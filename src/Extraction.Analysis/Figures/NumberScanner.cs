using System.Text.RegularExpressions;

namespace Extraction.Analysis.Figures;

/// <summary>Finds printed numbers with their units in half-width text, skipping dates, ordinals,
/// document numbers and list enumerators.</summary>
internal static partial class NumberScanner
{
    public static IEnumerable<NumberMatch> Scan(string norm, int start, int end)
    {
        foreach (Match m in Number().Matches(norm[..end], start))
        {
            var numberStart = m.Groups["num"].Index;
            var signed = m.Groups["sign"].Success && (numberStart - 1 == 0 || !char.IsDigit(norm[m.Groups["sign"].Index - 1]));
            var from = signed ? m.Groups["sign"].Index : numberStart;
            var number = (signed ? "-" : string.Empty) + m.Groups["num"].Value;
            var numberEnd = numberStart + m.Groups["num"].Length;
            var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value : null;
            var after = Next(norm, numberEnd, end);
            if (unit is null && after is { } a && Units.IsNonFigureSuffix(a))
            {
                continue;
            }

            if (unit is "个" && Next(norm, m.Index + m.Length, end) is '季' or '月' or '工')
            {
                continue;
            }

            var before = Previous(norm, from, start);
            if (before is '第' or '〔' or '[' or '【' or '(' && unit is null && after is '〕' or ']' or '】' or ')')
            {
                continue;
            }

            if (before is '第')
            {
                continue;
            }

            // "1." / "2、" opening a list item.
            if (unit is null && !number.Contains('.', StringComparison.Ordinal) && after is '.' or '、' && IsItemStart(norm, from, start))
            {
                continue;
            }

            yield return new NumberMatch(from, unit is null ? numberEnd : m.Index + m.Length, number, unit, numberEnd);
        }
    }

    private static bool IsItemStart(string norm, int index, int start)
    {
        var p = Previous(norm, index, start);
        return p is null or '。' or '；' or ';' or '\n' or '：' or ':' or '，' or ',';
    }

    private static char? Next(string norm, int index, int end)
    {
        for (var i = index; i < end; i++)
        {
            if (!char.IsWhiteSpace(norm[i]))
            {
                return norm[i];
            }
        }

        return null;
    }

    private static char? Previous(string norm, int index, int start)
    {
        for (var i = index - 1; i >= start; i--)
        {
            if (!char.IsWhiteSpace(norm[i]))
            {
                return norm[i];
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d.])(?<!\d,)(?<sign>[-−])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])(?:\s*(?<unit>" + Units.Pattern + "))?")]
    private static partial Regex Number();
}
