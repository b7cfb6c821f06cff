using System.Globalization;
using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks.Rates;

/// <summary>A named rate against the figures stated before it: "共下达预算资金13534.70万元，实际执行12634.70万元，执行率93.35%",
/// "固定资产原值1648.58万元，固定资产折旧362.27万元，折旧率为21.97%", "编制人数27人…实有人数23人…控制率为85%",
/// "问卷108份。实际回收有效问卷108份，回收率100%", "总分值25分，得分为11.47分，得分率为45.88%", and a printed formula's result
/// against the figures the formula restates ("编制总数7人，实有在编人数7人；…控制率=7÷7×100%=100%").
/// The figures are those of the rate's sentence and up to two sentences before it, back to the previous rate or formula,
/// outside formulas, of one kind (amounts in 元, 人, 个, 份, 分 …). Their labels say which is achieved and which is the base
/// (<see cref="OperandRoles"/>); every achieved/base pair of one kind is tried, and the rate is flagged only when none gives
/// it. No pair, or the two-amount clause <see cref="ShareCheck"/> reads, and the check is silent.</summary>
public sealed class NamedRateCheck : ICheck
{
    private const int SentencesBack = 2;

    private const int MaxPairs = 8;

    /// <summary>Names of rates that measure a shortfall: |1 − achieved / base|.</summary>
    private static readonly string[] Deviations = ["偏差", "偏离", "差异", "误差"];

    public string Name => CheckNames.Ratio;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        foreach (var passage in view.Passages)
        {
            var quantities = view.Quantities(passage);
            if (!quantities.Any(q => q.Unit == "%"))
            {
                continue;
            }

            var formulas = FormulaScanner.Spans(passage.Text).ToArray();
            foreach (var rate in RateStatements.Of(passage, quantities, formulas))
            {
                if (ShareCheck.TwoAmountRate(passage, quantities, rate.Percent) is not null
                    || (rate.FromFormula && !FormulaHolds(passage, formulas, rate)))
                {
                    continue;
                }

                if (Judge(rate, Operands(passage, quantities, formulas, rate)) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>A formula at odds with its own result is <see cref="FormulaCheck"/>'s finding; only a formula that holds
    /// stands for its rate here.</summary>
    private static bool FormulaHolds(Passage passage, (int Start, int End)[] formulas, StatedRate rate)
    {
        var span = formulas.First(f => f.Start == rate.End);
        var run = passage with { Text = passage.Text[span.Start..span.End] };
        return FormulaScanner.Scan(run).All(FormulaCheck.Holds);
    }

    /// <summary>The labelled figures the rate may be stated of, with their role.</summary>
    private static List<(Quantity Quantity, OperandRole Role)> Operands(Passage passage, IReadOnlyList<Quantity> quantities, (int Start, int End)[] formulas, StatedRate rate)
    {
        var text = passage.Text;
        var sentences = Passages.Sentences(text).ToArray();
        var index = Array.FindLastIndex(sentences, s => s.Start <= rate.End);
        var from = index < 0 ? 0 : sentences[Math.Max(0, index - SentencesBack)].Start;

        // Figures before an earlier rate or formula are that one's.
        foreach (var q in quantities.Where(q => q.Unit == "%" && q.End <= rate.End && !Inside(formulas, q)))
        {
            from = Math.Max(from, q.End);
        }

        foreach (var f in formulas.Where(f => f.End <= rate.End))
        {
            from = Math.Max(from, f.End);
        }

        var operands = new List<(Quantity, OperandRole)>();
        var previousEnd = from;
        foreach (var q in quantities.Where(q => q.Start >= from && q.End <= rate.End))
        {
            var nearFrom = previousEnd;
            previousEnd = q.End;
            if (q.Kind is null or "%" || Inside(formulas, q) || ChangeRateCheck.IsChangeAmount(q))
            {
                continue;
            }

            // "计划安排补贴26个赛事146个赛项": a figure right after another in one clause shares its words.
            var role = OperandRoles.Of(ClauseLabel.Before(text, q.Start, nearFrom), rate.Head);
            if (role == OperandRole.None)
            {
                role = OperandRoles.Of(ClauseLabel.Before(text, q.Start, from), rate.Head);
            }

            if (role != OperandRole.None)
            {
                operands.Add((q, role));
            }
        }

        return operands;
    }

    private static bool Inside((int Start, int End)[] formulas, Quantity q) => formulas.Any(f => f.Start <= q.Start && q.End <= f.End);

    private Finding? Judge(StatedRate rate, List<(Quantity Quantity, OperandRole Role)> operands)
    {
        var pct = rate.Percent;
        var pairs = (from n in operands.Where(o => o.Role == OperandRole.Numerator)
                     from d in operands.Where(o => o.Role == OperandRole.Denominator)
                     where n.Quantity.Kind == d.Quantity.Kind && SameThings(n.Quantity, d.Quantity)
                     select (Numerator: n.Quantity, Denominator: d.Quantity)).ToArray();
        if (pairs.Length is 0 or > MaxPairs)
        {
            return null;
        }

        var deviation = Deviations.Any(w => rate.Name.Contains(w, StringComparison.Ordinal));
        var judged = new List<(Quantity Numerator, Quantity Denominator, Interval Ratio, Severity Severity, Msg? Convention, decimal Gap)>();
        foreach (var (n, d) in pairs)
        {
            if (Interval.Divide(n.Counted(), d.Counted()) is not { } r)
            {
                return null;
            }

            var ratio = (deviation ? Deviation(r) : r).Scale(100m);
            if (FindingFactory.Compare(ratio, pct.Value, pct.Number.Decimals, percent: true, pct.Value) is not { } verdict)
            {
                return null;
            }

            judged.Add((n, d, ratio, verdict.Severity, verdict.Convention, Interval.HalfUp(pct.Value, pct.Number.Decimals).Gap(ratio)));
        }

        var best = judged.OrderBy(j => j.Severity).ThenBy(j => j.Gap).First();
        // The printed figures' own ratio (the interval's middle leans when a base is an integer read half-up).
        var point = best.Numerator.Normalised().Mid / best.Denominator.Normalised().Mid;
        var value = ((deviation ? Math.Abs(1m - point) : point) * 100m).Round2();
        var computation = deviation
            ? $"|1−{best.Numerator.Printed}÷{best.Denominator.Printed}|×100%"
            : $"{best.Numerator.Printed}÷{best.Denominator.Printed}×100%";
                return FindingFactory.Make(
            Name,
            best.Severity,
            judged.Count > 1
                ? Msg.Of("finding.named_rate_pairs", ("name", rate.Name), ("stated", pct.Printed), ("formula", computation), ("computed", value.Show() + "%"), ("tried", judged.Count.ToString(CultureInfo.InvariantCulture)))
                : Msg.Of("finding.named_rate", ("name", rate.Name), ("stated", pct.Printed), ("formula", computation), ("computed", value.Show() + "%")),
            [pct.Evidence, best.Numerator.Evidence, best.Denominator.Evidence],
            pct.Value,
            value,
            tolerance: Interval.Unit(pct.Number.Decimals) / 2,
            relation: FindingFactory.Relation(computation, value.Show() + "%", pct.Printed),
            convention: best.Convention);
    }

    /// <summary>|1 − r|: a 偏差率 is how far the achieved figure falls short of (or exceeds) its base.</summary>
    private static Interval Deviation(Interval r) =>
        r.Hi <= 1m ? new Interval(1m - r.Hi, 1m - r.Lo)
        : r.Lo >= 1m ? r.Shift(-1m)
        : new Interval(0m, Math.Max(1m - r.Lo, r.Hi - 1m));

    /// <summary>Counts of different things ("26个赛事" and "146个赛项") are no pair; a count without its noun may be of anything.</summary>
    private static bool SameThings(Quantity a, Quantity b)
    {
        var x = CountedNoun(a);
        var y = CountedNoun(b);
        return x.Length == 0 || y.Length == 0 || x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    /// <summary>The word right after a count's unit (up to four CJK characters): "个赛项" → 赛项.</summary>
    private static string CountedNoun(Quantity q)
    {
        if (q.Kind == "amount")
        {
            return string.Empty;
        }

        var text = q.Passage.Text;
        var end = q.End;
        while (end < text.Length && end - q.End < 4 && text[end] is >= '\u4e00' and <= '\u9fff')
        {
            end++;
        }

        return text[q.End..end];
    }
}
