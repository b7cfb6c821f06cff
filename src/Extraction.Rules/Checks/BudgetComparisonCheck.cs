using Extraction.Messages;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>The comparison a 决算 narrative states against the amounts it states: "年初预算为1560.05万元，支出决算为1511.89万元。
/// 决算数大于预算数…" (大于/超过/高于, 小于/低于/少于, 等于, 与预算数持平, 基本持平). With several budgets stated (年初 and 全年) the
/// words must contradict every budget they may name. Printed amounts are intervals: "大于" between equal printed amounts holds.</summary>
public sealed partial class BudgetComparisonCheck : ICheck
{
    /// <summary>"基本持平" tolerates this relative difference.</summary>
    private const decimal RoughlyEqual = 0.05m;

    private const int MaxDistance = 80;

    [GeneratedRegex(@"决算数?(?:支出)?(?:(?<rel>略大于|略小于|大于|小于|等于|超过|超出|高于|低于|少于|多于)(?<q>全年|年初|调整后|调整)?预算数?|与(?<q>全年|年初|调整后|调整)?预算数?(?<basic>基本)?(?<rel>持平|相等|一致))")]
    private static partial Regex Comparison();

    public string Name => CheckNames.Comparison;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        var budgets = BudgetView.Of(context);
        foreach (var passage in view.Narrative)
        {
            var quantities = view.Quantities(passage);
            var (stated, differences) = budgets.For(passage);
            var from = 0;
            foreach (Match m in Comparison().Matches(passage.Text))
            {
                var pair = BudgetAmounts.Pair(stated, from, m.Index);
                from = m.Index + m.Length;
                if (pair is not { } p || m.Index - p.Outturn.Quantity.End > MaxDistance)
                {
                    continue;
                }

                // "决算数大于预算数55.93万元": the amount says the direction and the size; judged below.
                if (differences.Any(d => d.Amount.Start >= from && d.Amount.Start <= from + 4))
                {
                    continue;
                }

                var finding = Judge(m, p.Outturn.Quantity, BudgetAmounts.Named(p.Budgets, BudgetAmounts.Qualifier(m.Groups["q"].Value)));
                if (finding is not null)
                {
                    yield return finding;
                }
            }

            var after = 0;
            foreach (var d in differences)
            {
                var pair = BudgetAmounts.Pair(stated, after, d.Amount.Start);
                after = d.Amount.End;
                if (pair is { } p && d.Amount.Start - p.Outturn.Quantity.End <= MaxDistance
                    && JudgeDifference(d, p.Outturn.Quantity, BudgetAmounts.Named(p.Budgets, d.Qualifier)) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>The stated difference against outturn − budget: silent when any budget the words may name gives it.</summary>
    private Finding? JudgeDifference(BudgetAmounts.Difference d, Quantity outturn, BudgetAmounts.Stated[] budgets)
    {
        var stated = d.Amount.Normalised().Scale(d.Sign);
        if (budgets.Any(b => (outturn.Normalised() - b.Quantity.Normalised()).Meets(stated)))
        {
            return null;
        }

        var budget = budgets[^1].Quantity;
        var factor = Units.YuanFactor(d.Amount.Unit) ?? 1m;
        var actual = outturn.Normalised() - budget.Normalised();
        var computed = (actual.Mid / factor).Round2();
        var gap = actual.Gap(stated) / factor;
        return FindingFactory.Make(Name, FindingFactory.ByGap(gap, d.Amount.Value, false),
            Msg.Of("finding.budget_difference", ("stated", d.Amount.Printed), ("outturn", outturn.Printed), ("budget", budget.Printed), ("computed", computed.Show() + d.Amount.Unit)),
            [d.Amount.Evidence, outturn.Evidence, budget.Evidence], d.Sign * d.Amount.Value, computed,
            relation: FindingFactory.Relation($"{outturn.Printed}−{budget.Printed}", computed.Show() + d.Amount.Unit, (d.Sign < 0 ? "-" : string.Empty) + d.Amount.Printed));
    }

    private Finding? Judge(Match m, Quantity outturn, BudgetAmounts.Stated[] budgets)
    {
        var word = m.Groups["rel"].Value.TrimStart('略');
        var basic = m.Groups["basic"].Success;
        var a = outturn.Normalised();
        if (budgets.Any(b => Holds(word, basic, a, b.Quantity.Normalised())))
        {
            return null;
        }

        var budget = budgets[^1].Quantity;
        var bi = budget.Normalised();
        var actual = a.Mid < bi.Lo ? "term.smaller_than" : a.Mid > bi.Hi ? "term.larger_than" : "term.equal_to";
        var equality = word is "等于" or "持平" or "相等" or "一致";
        var gap = a.Gap(bi) / (Units.YuanFactor(budget.Unit) ?? 1m);
        var severity = equality && !basic ? FindingFactory.ByGap(gap, budget.Value, false) : equality ? Severity.Warning : Severity.Error;
        var evidence = outturn.Passage.Evidence with { Quote = outturn.Passage.QuoteAround(m.Index, m.Index + m.Length) };
        return FindingFactory.Make(Name, severity,
            Msg.Of(basic ? "finding.budget_comparison_roughly" : "finding.budget_comparison", ("said", m.Groups["rel"].Value), ("outturn", outturn.Printed), MsgArg.Term("actual", actual), ("budget", budget.Printed)),
            [evidence, outturn.Evidence, budget.Evidence], outturn.Value, budget.Value,
            relation: Msg.Of("relation.stated_only", ("formula", $"{outturn.Printed} {Symbol(word)} {budget.Printed}")));
    }

    private static bool Holds(string word, bool basic, Interval outturn, Interval budget) => word switch
    {
        "大于" or "超过" or "超出" or "高于" or "多于" => outturn.Hi > budget.Lo,
        "小于" or "低于" or "少于" => outturn.Lo < budget.Hi,
        _ when basic => outturn.Meets(budget) || outturn.Gap(budget) <= RoughlyEqual * Math.Max(Math.Abs(budget.Mid), Math.Abs(outturn.Mid)),
        _ => outturn.Meets(budget),
    };

    private static string Symbol(string word) => word switch
    {
        "大于" or "超过" or "超出" or "高于" or "多于" => ">",
        "小于" or "低于" or "少于" => "<",
        _ => "=",
    };
}
