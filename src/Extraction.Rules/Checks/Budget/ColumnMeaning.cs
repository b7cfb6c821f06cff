namespace Extraction.Rules.Checks.Budget;

/// <summary>What money an amount column of a 决算/预算 table means, from its header and the table's title: flow
/// (收入/支出), fund (一般公共预算, 政府性基金, 国有资本经营, all 财政拨款, or all funds), kind (total, 基本支出, 项目支出,
/// 人员经费, 公用经费, or the header's own words), stage (预算数/决算数) and unit. Two columns are comparable only when
/// every part agrees; null when a part cannot be told or the column is a balance (结转, 结余) or a rate.</summary>
internal static class ColumnMeaning
{
    private static readonly string[] Balances = ["结转", "结余", "年初", "年末", "上年", "增减", "变动", "%", "率", "比"];
    private static readonly string[] Kinds = ["基本支出", "项目支出", "人员经费", "公用经费"];
    private static readonly string[] TotalWords = ["本年", "合计", "小计", "总计", "决算数", "预算数", "金额", "决算", "预算", "数", "收入", "支出", "拨款", "财政", "一般公共", "政府性基金", "国有资本经营"];

    public static string? Of(LedgerTable table, int column)
    {
        var path = table.ColumnPaths[column];
        var leaf = table.Leaf(column);
        if (leaf.Length == 0 || Balances.Any(b => path.Contains(b, StringComparison.Ordinal)))
        {
            return null;
        }

        var flow = Flow(leaf) ?? Flow(path) ?? Flow(table.Title);
        if (flow is null)
        {
            return null;
        }

        var fund = Fund(leaf) ?? Fund(path) ?? Fund(table.Title) ?? "all";
        var kind = Kinds.FirstOrDefault(k => leaf.Contains(k, StringComparison.Ordinal)) ?? Rest(leaf);
        if (kind == "total")
        {
            kind = Kinds.FirstOrDefault(k => table.Title.Contains(k, StringComparison.Ordinal)) ?? kind;
        }

        var stage = leaf.Contains("预算数", StringComparison.Ordinal) ? "预算数"
            : leaf.Contains("决算数", StringComparison.Ordinal) || table.Title.Contains("决算", StringComparison.Ordinal) ? "决算数" : "预算数";
        return $"{flow}/{fund}/{kind}/{stage}/{table.Unit}";
    }

    private static string? Flow(string text)
    {
        var income = text.Contains("收入", StringComparison.Ordinal);
        var spending = text.Contains("支出", StringComparison.Ordinal);
        return income == spending ? null : income ? "收入" : "支出";
    }

    private static string? Fund(string text) =>
        text.Contains("一般公共预算", StringComparison.Ordinal) ? "一般公共预算"
        : text.Contains("政府性基金", StringComparison.Ordinal) ? "政府性基金"
        : text.Contains("国有资本经营", StringComparison.Ordinal) ? "国有资本经营"
        : text.Contains("财政拨款", StringComparison.Ordinal) ? "财政拨款"
        : null;

    /// <summary>"total" when the leaf says nothing beyond total, fund and flow words (合计, 决算数, 财政拨款收入);
    /// otherwise the leaf itself (上级补助收入, 经营支出 compare only with the same header).</summary>
    private static string Rest(string leaf)
    {
        var rest = leaf;
        foreach (var word in TotalWords)
        {
            rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return rest.Length == 0 ? "total" : leaf;
    }
}
