using System.Globalization;
using Extraction.Results;

namespace Extraction.Rules.Facts;

/// <summary>The same-fact findings' messages and link reasons (Simplified Chinese; kept together so the message
/// catalog can take them over as they are).</summary>
internal static class FactMessages
{
    public static string MeasureReason(Fact a, Fact b)
    {
        var name = a.Measure == b.Measure ? $"同一名称“{a.Measure}”" : $"名称“{a.Measure}”与“{b.Measure}”所指相同";
        var qualifiers = Qualifiers(a.Period ?? b.Period, a.Scope ?? b.Scope, a.Category ?? b.Category);
        return qualifiers.Length == 0 ? name : $"{name}，{qualifiers}";
    }

    public static string HeadingReason(Fact heading) => $"标题“{Short(heading.Evidence.Quote)}”的金额与其下第一句所述金额为同一事项";

    public static string UnitReason(Fact a, Fact b) => $"两处数字相同（{a.Value.ToString(CultureInfo.InvariantCulture)}），单位分别为{a.Unit}和{b.Unit}";

    public static string Mismatch(Fact a, Fact b, string reason) =>
        $"“{Name(a, b)}”在{Place(a)}为{a.Text}，在{Place(b)}为{b.Text}，两处应为同一数值却不相等（关联依据：{reason}）";

    public static string UnitMismatch(Fact a, Fact b, string reason) =>
        $"“{Name(a, b)}”在{Place(a)}为{a.Text}，在{Place(b)}为{b.Text}：按万元与元换算后两处一致，其中一处单位有误（关联依据：{reason}）";

    private static string Name(Fact a, Fact b) => a.Measure.Length > 0 ? a.Measure : b.Measure.Length > 0 ? b.Measure : "该数值";

    private static string Place(Fact f) => f.Origin switch
    {
        "cell" => $"第{f.Evidence.Page}页表格{(f.TableTitle is { Length: > 0 } t ? "“" + Short(t) + "”" : string.Empty)}",
        "heading" => $"第{f.Evidence.Page}页标题",
        "note" => $"第{f.Evidence.Page}页评分表说明",
        _ => $"第{f.Evidence.Page}页正文",
    };

    private static string Qualifiers(string? period, string? scope, string? category)
    {
        var parts = new List<string>();
        if (period is not null)
        {
            parts.Add("同为" + (char.IsAsciiDigit(period[0]) ? period + "年" : period));
        }

        if (scope is not null)
        {
            parts.Add("口径" + scope);
        }

        if (category is not null)
        {
            parts.Add("类别" + category);
        }

        return string.Join("，", parts);
    }

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
