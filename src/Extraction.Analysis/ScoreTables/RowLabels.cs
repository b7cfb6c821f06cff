using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>Labels of the non-indicator rows of a score table.</summary>
internal static class RowLabels
{
    private static readonly string[] TotalLabels =
        ["合计", "总计", "总分", "综合评分", "综合得分", "得分合计", "总得分", "评分合计", "合计得分", "总体得分", "自评总分", "核查总分", "总体评分"];

    private static readonly string[] GradeLabels = ["评分等级", "评价等级", "等级", "绩效等级", "评定等级", "综合等级", "自评等级", "核查等级", "评价结果", "级别"];

    private static readonly string[] SignatureLabels = ["填表人", "填报人", "审核人", "负责人", "联系电话", "评价人", "复核人", "备注", "说明", "填表日期", "日期"];

    public static bool IsTotal(string text) => Is(text, TotalLabels);

    /// <summary>小计, 产出指标小计, 小计（产出）: a section's subtotal row.</summary>
    public static bool IsSubtotal(string text)
    {
        var key = Clean(text);
        var paren = key.IndexOfAny(['(', '（']);
        var head = paren > 0 ? key[..paren] : key;
        return key.Length <= 16 && (head == "小计" || head.EndsWith("小计", StringComparison.Ordinal) || head is "分项合计" or "小计得分");
    }

    /// <summary>得分率 / 总得分率: a rate row under the total.</summary>
    public static bool IsRate(string text) => Clean(text) is "得分率" or "总得分率" or "综合得分率" or "得分比例";

    public static bool IsGrade(string text) => Is(text, GradeLabels);

    /// <summary>The longest grade label the normalised text starts with, or null.</summary>
    public static string? GradeLabelAtStart(string key) =>
        GradeLabels.Where(l => key.StartsWith(l, StringComparison.Ordinal)).MaxBy(l => l.Length);

    public static bool IsSignature(string text)
    {
        var key = Clean(text);
        return SignatureLabels.Any(l => key.StartsWith(l, StringComparison.Ordinal));
    }

    private static bool Is(string text, string[] labels)
    {
        var key = Clean(text);
        return labels.Contains(key, StringComparer.Ordinal);
    }

    private static string Clean(string text) => TextNormalizer.Key(text).TrimEnd(':', '：').Replace("（分）", string.Empty, StringComparison.Ordinal);
}
