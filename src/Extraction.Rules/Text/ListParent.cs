using System.Text.RegularExpressions;

namespace Extraction.Rules.Text;

/// <summary>The amount a list hangs on: "本年收入合计T万元，其中：A…", "支出T万元，主要用于以下方面：A…",
/// "基本支出T万元。其中：A…", "预算收入T万元，按支出性质分，A…" (a breakdown by a classification). The list marker must
/// precede the part with no sentence end in between, and the parent must sit right before the marker (only
/// punctuation or a few words, no other number).</summary>
public static partial class ListParent
{
    private static readonly string[] Markers = ["其中", "主要用于", "主要包括", "具体包括", "包括", "分别为", "具体为"];

    private const int MaxGap = 12;

    public static Quantity? Of(string text, IReadOnlyList<Quantity> quantities, Quantity part)
    {
        var marker = -1;
        foreach (var m in Markers)
        {
            var i = text.LastIndexOf(m, part.Start, StringComparison.Ordinal);
            if (i > marker)
            {
                marker = i;
            }
        }

        foreach (Match m in Breakdown().Matches(text[..part.Start]))
        {
            marker = Math.Max(marker, m.Index);
        }

        if (marker < 0 || text.AsSpan(marker, part.Start - marker).IndexOfAny('。', '\n') >= 0)
        {
            return null;
        }

        var parent = quantities.LastOrDefault(q => q.End <= marker);
        if (parent is null || parent.Kind != part.Kind || marker - parent.End > MaxGap)
        {
            return null;
        }

        var between = text[parent.End..marker];
        return between.Any(char.IsDigit) ? null : parent;
    }

    /// <summary>"按支出性质分，", "按经济分类，", "按功能分类划分：": the whole broken down by one classification, each
    /// item in one class (a partition, as 其中 lists are).</summary>
    [GeneratedRegex(@"按[\u4e00-\u9fff]{2,8}?(?:分类|划分|分)(?=\s*[，,：:])")]
    public static partial Regex Breakdown();
}
