using Extraction.Messages;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>"年初预算为X万元，支出决算为Y万元，完成年初预算的p%": p against Y / X. The budget the words name comes first; authors
/// also write 年初 for the 全年 budget (a 年初预算 of 0), so a mismatch needs every stated budget to miss.</summary>
public sealed partial class BudgetCompletionCheck : ICheck
{
    [GeneratedRegex(@"(?:完成|达到)(?<q>全年|年初|调整后|调整)?预算(?:数|金额)?的?\s*$")]
    private static partial Regex Completion();

    public string Name => CheckNames.Ratio;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        var budgets = BudgetView.Of(context);
        foreach (var passage in view.Narrative)
        {
            var quantities = view.Quantities(passage);
            var (stated, differences) = budgets.For(passage);
            var from = 0;
            foreach (var pct in quantities.Where(q => q.Unit == "%"))
            {
                var m = Completion().Match(pct.Before(12));
                if (!m.Success)
                {
                    continue;
                }

                var (start, _) = Passages.Sentences(passage.Text, splitAtSemicolon: false).First(s => s.Start <= pct.Start && pct.Start < s.End);
                var pair = BudgetAmounts.Pair(stated, Math.Max(from, start), pct.Start);
                from = pct.End;
                var qualifier = BudgetAmounts.Qualifier(m.Groups["q"].Value);
                if (pair is { } p && Judge(pct, p.Outturn.Quantity, p.Budgets, qualifier) is { } finding)
                {
                    yield return finding;
                }
                else if (!stated.Any(s => s.IsBudget) && Derived(pct, stated, differences, qualifier) is { } derived)
                {
                    yield return derived;
                }
            }
        }
    }

    /// <summary>No budget amount stated, but the outturn and its difference from the budget ("支出决算1741.75万元，完成年初预算的
    /// 100%，决算数大于预算数55.93万元"): the budget is outturn − difference, and p is held against outturn ÷ that.</summary>
    private Finding? Derived(Quantity pct, IReadOnlyList<BudgetAmounts.Stated> stated, IReadOnlyList<BudgetAmounts.Difference> differences, string? qualifier)
    {
        const int Reach = 120;
        var outturn = stated.LastOrDefault(s => !s.IsBudget && s.Quantity.End <= pct.Start && pct.Start - s.Quantity.End <= Reach)?.Quantity;
        var d = differences
            .Where(d => (d.Qualifier is null || qualifier is null || d.Qualifier == qualifier) && outturn is not null && d.Amount.Start > outturn.End)
            .Where(d => Math.Abs(d.Amount.Start - pct.Start) <= Reach)
            .MinBy(d => Math.Abs(d.Amount.Start - pct.Start));
        if (outturn is null || d is null)
        {
            return null;
        }

        var budget = outturn.Normalised() - d.Amount.Normalised().Scale(d.Sign);
        if (Interval.Divide(outturn.Normalised(), budget) is not { } ratio)
        {
            return null;
        }

        var percent = ratio.Scale(100m);
        if (FindingFactory.Compare(percent, pct.Value, pct.Number.Decimals, percent: true, pct.Value) is not { } verdict)
        {
            return null;
        }

        var formula = $"{outturn.Printed}÷({outturn.Printed}{(d.Sign > 0 ? "−" : "+")}{d.Amount.Printed})×100%";
        return Report(pct, formula, percent, verdict, [pct.Evidence, outturn.Evidence, d.Amount.Evidence]);
    }

    private Finding? Judge(Quantity pct, Quantity outturn, BudgetAmounts.Stated[] budgets, string? qualifier)
    {
        var named = BudgetAmounts.Named(budgets, qualifier);
        var candidates = named.Concat(budgets.Except(named))
            .Select(b => (Budget: b.Quantity, Ratio: Interval.Divide(outturn.Normalised(), b.Quantity.Normalised())))
            .Where(c => c.Ratio is not null)
            .Select(c => (c.Budget, Ratio: c.Ratio!.Value.Scale(100m)))
            .ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var verdicts = candidates.Select(c => FindingFactory.Compare(c.Ratio, pct.Value, pct.Number.Decimals, percent: true, pct.Value)).ToArray();
        if (verdicts.Any(v => v is null))
        {
            return null;
        }

        var best = Enumerable.Range(0, candidates.Length).MinBy(i => verdicts[i]!.Value.Severity);
        var (budget, ratio) = candidates[best];
        return Report(pct, $"{outturn.Printed}÷{budget.Printed}×100%", ratio, verdicts[best]!.Value, [pct.Evidence, outturn.Evidence, budget.Evidence]);
    }

    /// <summary>The stated rate against the rate its formula gives, with the places it rests on.</summary>
    private Finding Report(Quantity pct, string formula, Interval percent, (Severity Severity, Msg? Convention) verdict, Evidence[] evidence)
    {
        var value = percent.Mid.Round2();
        return FindingFactory.Make(Name, verdict.Severity,
            Msg.Of("finding.budget_completion", ("stated", pct.Printed), ("formula", formula), ("computed", value.Show() + "%")),
            evidence, pct.Value, value,
            tolerance: Interval.Unit(pct.Number.Decimals) / 2, relation: FindingFactory.Relation(formula, value.Show() + "%", pct.Printed),
            convention: verdict.Convention);
    }
}
