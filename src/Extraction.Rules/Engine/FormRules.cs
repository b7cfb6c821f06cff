using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Engine;

/// <summary>Rules the national project form (项目支出绩效自评表) fixes itself: the funds row's 得分 = 执行率 × 分值
/// (执行率 = 全年执行数 / 全年预算数, capped at 100 %), and an indicator's 实际完成值 against its 年度指标值: met
/// gives the full 分值; short gives 实际完成值 / 年度指标值 × 分值 (for an upper bound, 年度指标值 / 实际完成值) when the
/// document says it scores that way, else anything from 0 to that (the form leaves the deduction to judgement).</summary>
internal static class FormRules
{
    public const string ExecutionRate = "execution_rate";

    public static IReadOnlyList<Outcome> Execution(Indicator indicator, decimal points)
    {
        var outcomes = new List<Outcome>();
        if (Amount(indicator.Actual) is { } executed && Amount(indicator.Target) is { } budget)
        {
            if (budget.Value.Hi == 0m)
            {
                outcomes.Add(Outcome.Range(0m, points, "全年预算数为0：0 ≤ 得分 ≤ 分值"));
            }
            else if (Interval.Divide(executed.Value, budget.Value) is { } rate)
            {
                outcomes.Add(Outcome.Computed(rate.Min(1m).Scale(points), $"执行率 = {executed.Text}/{budget.Text}（不超过100%）× {points.Show()}"));
            }
        }

        if (Percent(indicator.Rate) is { } printed)
        {
            outcomes.Add(Outcome.Computed(printed.Min(1m).Scale(points), $"表列执行率{indicator.Rate} × {points.Show()}"));
        }

        if (outcomes.Count == 0)
        {
            outcomes.Add(Outcome.Range(0m, points, "未列执行率：0 ≤ 得分 ≤ 分值"));
        }

        return outcomes;
    }

    /// <summary>Outcomes of an indicator with both a 年度指标值 and a 实际完成值 in one unit, or null.</summary>
    public static IReadOnlyList<Outcome>? Target(Indicator indicator, decimal points, bool proportional)
    {
        if (TargetValue.Parse(indicator.Target) is not { } target || TargetValue.Parse(indicator.Actual) is not { } actual
            || target.Unit != actual.Unit || target.Printed <= 0m || actual.Printed < 0m)
        {
            return null;
        }

        var upper = target.Direction == TargetValue.Bound.AtMost;
        var met = upper ? actual.Value.Lo <= target.Value.Hi : actual.Value.Hi >= target.Value.Lo;
        var outcomes = new List<Outcome>();
        if (met)
        {
            outcomes.Add(Outcome.Computed(Interval.Point(points), $"实际完成值{indicator.Actual}达到年度指标值{indicator.Target}：满分"));
        }
        else
        {
            var ratio = upper ? Interval.Divide(target.Value, actual.Value) : Interval.Divide(actual.Value, target.Value);
            if (ratio is { } r)
            {
                var formula = upper ? "年度指标值/实际完成值" : "实际完成值/年度指标值";
                outcomes.Add(Outcome.Computed(r.Min(1m).Max(0m).Scale(points), $"{formula} × {points.Show()}（{indicator.Actual}，{indicator.Target}）"));
            }
        }

        if (!proportional || outcomes.Count == 0)
        {
            // The form states no formula: a scorer may deduct by judgement (or give full marks to a near miss).
            outcomes.Add(Outcome.Range(0m, points, "表中未规定未完成时的计分公式：0 ≤ 得分 ≤ 分值"));
        }

        return outcomes;
    }

    /// <summary>Whether the document says a shortfall is scored in proportion (实际完成值/年度指标值×分值, 按完成比例计分).</summary>
    public static bool SaysProportional(string text)
    {
        var key = TextNormalizer.Key(text);
        return key.Contains("实际完成值/年度指标值", StringComparison.Ordinal) || key.Contains("实际完成值÷年度指标值", StringComparison.Ordinal)
            || key.Contains("完成值/指标值", StringComparison.Ordinal) || key.Contains("完成值÷指标值", StringComparison.Ordinal)
            || key.Contains("按完成比例", StringComparison.Ordinal) || key.Contains("按实际完成比例", StringComparison.Ordinal)
            || key.Contains("按比例计分", StringComparison.Ordinal) || key.Contains("按比例得分", StringComparison.Ordinal);
    }

    private static (Interval Value, string Text)? Amount(string? text) =>
        PrintedNumber.TryParse(StripUnit(text), out var n) ? (Interval.HalfUp(n.Value, n.Decimals), n.Text) : null;

    private static Interval? Percent(string? text)
    {
        var t = text?.Trim();
        if (t is null || !t.EndsWith('%'))
        {
            return null;
        }

        return PrintedNumber.TryParse(t[..^1], out var n) ? Interval.HalfUp(n.Value, n.Decimals).Scale(0.01m) : null;
    }

    private static string? StripUnit(string? text) => text?.Trim().TrimEnd('元', '万', '亿').Trim();
}
