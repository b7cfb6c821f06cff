namespace Extraction.Analysis.Metadata;

/// <summary>Whether a candidate department reads as a unit's name: Chinese, of name length, and not a table's
/// total row (合计, 总计, 小计, 共计), a column header (金额, 预算数) or a number.</summary>
internal static class UnitName
{
    private static readonly string[] Totals = ["合计", "总计", "小计", "共计", "累计"];

    private static readonly HashSet<string> Headers = ["备注", "序号", "说明", "金额", "类型", "单位性质", "性质", "级次", "编码", "代码", "项目", "科目", "名称", "单位", "部门"];

    public static bool IsPlausible(string? name)
    {
        if (name is null || name.Length is < 2 or > 40 || Headers.Contains(name))
        {
            return false;
        }

        if (Totals.Any(t => name.Contains(t, StringComparison.Ordinal)))
        {
            return false;
        }

        var cjk = name.Count(c => c is >= '\u4e00' and <= '\u9fff');
        return cjk >= 2 && !name.EndsWith('数') && !name.EndsWith('额') && !name.EndsWith('率') && !name.EndsWith('元');
    }
}
