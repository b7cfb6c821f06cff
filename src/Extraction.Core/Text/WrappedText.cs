using System.Text.RegularExpressions;

namespace Extraction.Text;

/// <summary>Whether one paragraph continues the sentence of the one before it. PDF text layers and the plain text
/// converted from them break sentences over lines, blank lines and pages ("…支出完成率" | "及结转结余率分别为 98.47% 和
/// 1.53%"): a long line of prose (it pauses at a comma; titles do not) without closing punctuation is continued by
/// the next one unless that opens a heading or list item. Shared by the text reader and the rules' passages so both
/// agree on what a wrapped sentence is.</summary>
public static partial class WrappedText
{
    /// <summary>Shorter lines are titles or labels, not wrapped prose.</summary>
    private const int MinWrappedLength = 20;

    private const string Closing = "。；;！!？?：:）)」』”\"…";

    /// <summary>Prose pauses inside the line: titles have none.</summary>
    private static readonly char[] Pauses = ['，', ',', '、', '；'];

    public static bool Continues(string previous, string next)
    {
        var prev = previous.Trim();
        var text = next.TrimStart();
        return prev.Length >= MinWrappedLength
            && prev.IndexOfAny(Pauses) >= 0
            && text.Length > 0
            && !Closing.Contains(prev[^1], StringComparison.Ordinal)
            && !Opening().IsMatch(text);
    }

    /// <summary>Headings and list items: 一、 1. 1、 （一） (1) 第一章 ① and table-like or Markdown-like lines. A number
    /// followed by a digit after its point is an amount ("13.25万元"), not an item.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+[、.．]|\d+(?:\.\d+)*[、.．)）](?!\d)|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十百\d]+[章节部分条]|[①-⑳]|[#|>*\-+•·]|附件|附表|单位[:：])")]
    private static partial Regex Opening();
}
