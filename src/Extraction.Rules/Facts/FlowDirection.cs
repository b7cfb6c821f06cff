namespace Extraction.Rules.Facts;

/// <summary>The direction a leading verb gives a fund's movement: drawn from it or brought in (动用, 调入, 转入, 收回)
/// against put into it or sent out (安排, 补充, 调出, 转出, 上解). "动用预算稳定调节基金X" and "安排预算稳定调节基金Y" are the
/// two sides of one fund — two quantities, whatever their values (a real 区本级财政决算 drew a false text_text_mismatch).</summary>
internal static class FlowDirection
{
    private static readonly string[] Into = ["动用", "调入", "转入", "收回", "提取"];
    private static readonly string[] OutOf = ["安排", "补充", "调出", "转出", "上解", "上缴"];

    /// <summary>+1 into the account, −1 out of it, 0 when the label's opening words name no direction.</summary>
    public static int Of(string label)
    {
        var head = label.TrimStart('，', ',', '、', '；', ';', '：', ':', '（', '(', ' ');
        foreach (var lead in new[] { "包括", "其中", "另" })
        {
            if (head.StartsWith(lead, StringComparison.Ordinal))
            {
                head = head[lead.Length..];
            }
        }

        return Into.Any(v => head.StartsWith(v, StringComparison.Ordinal)) ? 1
            : OutOf.Any(v => head.StartsWith(v, StringComparison.Ordinal)) ? -1
            : 0;
    }

    /// <summary>Whether the two labels name opposite movements.</summary>
    public static bool Opposite(string a, string b) => Of(a) * Of(b) < 0;
}
