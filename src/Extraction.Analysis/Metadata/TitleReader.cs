using Extraction.Model;
using Extraction.Text;

namespace Extraction.Analysis.Metadata;

/// <summary>The report's title: the first early paragraph naming a 报告/评价/自评表 (joined with a short line above it,
/// as in a two-line title "湛江市民政局 / 部门整体支出绩效自评核查报告").</summary>
internal static class TitleReader
{
    private const int Scan = 12;

    public static string? Read(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = 0; i < Math.Min(Scan, paragraphs.Count); i++)
        {
            var key = TextNormalizer.RemoveWhitespace(paragraphs[i].Text);
            if (key.Length is 0 or > 80 || !(key.Contains("报告", StringComparison.Ordinal) || key.EndsWith("评价", StringComparison.Ordinal) || key.EndsWith("自评表", StringComparison.Ordinal)))
            {
                continue;
            }

            if (i > 0 && TextNormalizer.RemoveWhitespace(paragraphs[i - 1].Text) is { Length: > 1 and <= 30 } above && !HasPunctuation(above))
            {
                return above + key;
            }

            return key;
        }

        return null;
    }

    private static bool HasPunctuation(string text) => text.Any(c => c is '，' or '。' or '：' or ':' or '；' or ',');
}
