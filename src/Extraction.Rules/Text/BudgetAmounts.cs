using System.Text.RegularExpressions;

namespace Extraction.Rules.Text;

/// <summary>Budget and outturn amounts of a 决算 narrative: "年初预算为1560.05万元，支出决算为1511.89万元". A budget is labelled
/// 预算(数)(为) with an optional qualifier (年初, 全年, 调整后); an outturn 决算(数)/执行数/实际支出(为).</summary>
public static partial class BudgetAmounts
{
    public sealed record Stated(Quantity Quantity, bool IsBudget, string? Qualifier);

    /// <summary>"决算数大于预算数55.93万元", "决算比年初预算减少3.20万元": the outturn less the budget is
    /// <see cref="Sign"/> × <see cref="Amount"/>.</summary>
    public sealed record Difference(Quantity Amount, int Sign, string? Qualifier);

    [GeneratedRegex(@"决算数?(?:支出)?(?:比(?<q>全年|年初|调整后|调整)?预算数?(?<rel>增加|减少|多|少|超支|节约|节支)|(?<rel>大于|小于|超过|超出|高于|低于|少于|多于)(?<q>全年|年初|调整后|调整)?预算数?)(?:了|额为|为|金额为)?\s*$")]
    private static partial Regex DifferenceLabel();

    [GeneratedRegex(@"(?:决算|执行数|实际支出|实际执行|执行金额)(?:数|金额)?(?:为|是|达)?$")]
    private static partial Regex Outturn();

    [GeneratedRegex(@"(?<q>年初|全年|调整后|调整)?预算(?:数|金额)?(?:为|是)?$")]
    private static partial Regex Budget();

    public static IReadOnlyList<Stated> Of(IReadOnlyList<Quantity> quantities)
    {
        var list = new List<Stated>();
        foreach (var q in quantities.Where(q => q.Kind == "amount"))
        {
            var label = ClauseLabel.Of(q);
            if (Outturn().IsMatch(label))
            {
                list.Add(new Stated(q, false, null));
            }
            else if (Budget().Match(label) is { Success: true } b && !label.Contains("决算", StringComparison.Ordinal))
            {
                list.Add(new Stated(q, true, Qualifier(b.Groups["q"].Value)));
            }
        }

        return list;
    }

    /// <summary>The amounts a narrative states as the outturn's difference from a budget.</summary>
    public static IReadOnlyList<Difference> Differences(IReadOnlyList<Quantity> quantities)
    {
        var list = new List<Difference>();
        foreach (var q in quantities.Where(q => q.Kind == "amount" && q.Value >= 0))
        {
            if (DifferenceLabel().Match(q.Before(24)) is { Success: true } m)
            {
                var rel = m.Groups["rel"].Value;
                var sign = rel is "增加" or "多" or "超支" or "大于" or "超过" or "超出" or "高于" or "多于" ? 1 : -1;
                list.Add(new Difference(q, sign, Qualifier(m.Groups["q"].Value)));
            }
        }

        return list;
    }

    /// <summary>"调整" and "调整后" name the same budget.</summary>
    public static string? Qualifier(string printed) => printed switch
    {
        "" => null,
        "调整" => "调整后",
        _ => printed,
    };

    /// <summary>The outturn stated last before <paramref name="before"/> (after <paramref name="from"/>) and the budgets stated
    /// just before it (the run of budgets between the previous outturn and it).</summary>
    public static (Stated Outturn, Stated[] Budgets)? Pair(IReadOnlyList<Stated> stated, int from, int before)
    {
        var window = stated.Where(s => s.Quantity.Start >= from && s.Quantity.End <= before).ToArray();
        var lastBudget = Array.FindLastIndex(window, s => s.IsBudget);
        if (lastBudget < 0)
        {
            return null;
        }

        var outturn = Array.FindIndex(window, lastBudget, s => !s.IsBudget);
        if (outturn < 0)
        {
            return null;
        }

        var first = lastBudget;
        while (first > 0 && window[first - 1].IsBudget)
        {
            first--;
        }

        return (window[outturn], window[first..(lastBudget + 1)]);
    }

    /// <summary>The budgets the text names (全年预算 → the 全年 one), or all of them when none carries that name.</summary>
    public static Stated[] Named(Stated[] budgets, string? qualifier)
    {
        var named = budgets.Where(b => b.Qualifier == qualifier).ToArray();
        return qualifier is null || named.Length == 0 ? budgets : named;
    }
}
