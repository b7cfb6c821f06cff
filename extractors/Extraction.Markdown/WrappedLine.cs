using System.Text.RegularExpressions;

namespace Extraction.Markdown;

/// <summary>Plain text converted from PDF often breaks a sentence over lines (sometimes with blank lines
/// between): a long line of prose (it pauses at a comma; titles do not) without closing punctuation is
/// continued by the next line unless that one opens a heading or list item. Joining them keeps a sentence's labels and figures together
/// ("支出完成率 / 及结转结余率分别为 98.47% 和 1.53%").</summary>
internal static partial class WrappedLine
{
    /// <summary>Shorter lines are titles or labels, not wrapped prose.</summary>
    private const int MinWrappedLength = 20;

    /// <summary>Prose pauses inside the line: titles have none.</summary>
    private static readonly char[] Pauses = ['，', ',', '、', '；'];

    private const string Closing = "。；;！!？?：:）)」』”\"…";

    public static bool Continues(string previous, string next)
    {
        var prev = previous.TrimEnd();
        var text = next.TrimStart();
        return prev.Length >= MinWrappedLength
            && prev.IndexOfAny(Pauses) >= 0
            && text.Length > 0
            && !Closing.Contains(prev[^1], StringComparison.Ordinal)
            && !Opening().IsMatch(text);
    }

    /// <summary>Headings and list items: 一、 1. 1、 （一） (1) 第一章 ① and table-like or Markdown-like lines.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+[、.．]|\d+(?:\.\d+)*[、.．)）]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十百\d]+[章节部分条]|[①-⑳]|[#|>*\-+•·]|附件|附表|单位[:：])")]
    private static partial Regex Opening();
}
