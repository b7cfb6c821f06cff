namespace Extraction.Rules.Checks.Budget;

/// <summary>A header cell of an amount table over the columns [First, Last]; children are the header cells
/// below it within its columns (a multi-level header: 本年支出 → 合计 / 基本支出 / 项目支出).</summary>
internal sealed record HeaderNode(string Label, int Row, int First, int Last)
{
    public List<HeaderNode> Children { get; } = [];

    public bool IsLeaf => Children.Count == 0;

    public string Key => Extraction.Text.TextNormalizer.Key(Label);

    /// <summary>A column that totals its siblings: 合计, 小计, 总计, 本年收入合计 …</summary>
    public bool IsTotal => Key is "合计" or "小计" or "总计" || Key.EndsWith("合计", StringComparison.Ordinal) || Key.EndsWith("小计", StringComparison.Ordinal);
}
