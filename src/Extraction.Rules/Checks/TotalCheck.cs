using System.Globalization;
using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Checks;

/// <summary>Item scores against the printed total (table 合计 row and the narrative's total). With scores
/// missing (lost cells), only feasibility is checked: the residual must fit in [0, Σ missing weights].
/// The total of a 100-point table may not exceed 100 (bonus points are capped there). A narrative total that
/// matches no printed table total but is one typing slip from one is flagged even when no table is complete.</summary>
public sealed class TotalCheck : ICheck
{
    public string Name => CheckNames.Total;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        // Only a complete table (its printed weights add up to 100) is held to the total: a document may
        // split its table into sections, each with a subtotal.
        var table0 = context.ScoreTables.FirstOrDefault(t => t.Indicators.Count > 0 && t.Indicators.Sum(i => i.Weight ?? 0m) == 100m);
        if (table0 is null)
        {
            // Sectioned or partly read tables: the narrative's total is still held to the printed table totals when
            // it matches none of them and is one typing slip (a digit, an adjacent swap) away from one.
            if (NarrativeSlip(context) is { } slip)
            {
                yield return slip;
            }

            yield break;
        }

        if (table0.Total is { } a && (context.Metadata.NarrativeTotal ?? context.Metadata.StatedTotal) is { } b && a.Value != b.Value && !ReferenceEquals(a, b))
        {
            yield return FindingFactory.Make(Name, Severity.Error,
                Msg.Of("finding.total_text_table", ("table", a.Text), ("text", b.Text)),
                [a.Evidence, b.Evidence], a.Value, b.Value, relation: FindingFactory.Same(a.Text, b.Text), impact: Impact.Total);
        }

        // The narrative's total for another score column (自评得分 in a verification report) against that column's total.
        foreach (var stated in context.Metadata.NarrativeColumnTotals)
        {
            if (stated.Total is { } n && !ReferenceEquals(n, context.Metadata.NarrativeTotal)
                && table0.ColumnTotals.FirstOrDefault(c => c.Column == stated.Column)?.Total is { } t && t.Value != n.Value)
            {
                yield return FindingFactory.Make(Name, Severity.Error,
                    Msg.Of("finding.total_text_table", ("table", t.Text), ("text", n.Text)),
                    [t.Evidence, n.Evidence], t.Value, n.Value, relation: FindingFactory.Same(t.Text, n.Text), impact: Impact.Total);
            }
        }

        var total = table0.Total ?? context.Metadata.StatedTotal;
        if (total is null)
        {
            yield break;
        }

        var known = table0.Indicators.Where(i => i.Score is not null).ToArray();
        var missing = table0.Indicators.Where(i => i.Score is null && i.Weight is not null).ToArray();
        // Totals are the sums of the printed scores; reading each score as rounded only explains a small rounding gap.
        var sum = Interval.Point(known.Sum(i => i.Score!.Value));
        var roundedSum = Interval.Sum(known.Select(ScoreInterval));
        var whole = Interval.HalfUp(total.Value, total.Decimals);
        var weightSum = table0.Indicators.Sum(i => i.Weight ?? 0m);
        if (weightSum == 100m && total.Value > 100m)
        {
            yield return FindingFactory.Make(Name, Severity.Error, Msg.Of("finding.total_over_100", ("stated", total.Text)),
                [total.Evidence], total.Value, 100m, relation: Msg.Of("relation.at_most", ("a", total.Text), ("b", "100")), impact: Impact.Total);
        }

        var residual = new Interval(0m, missing.Sum(i => i.Weight ?? 0m));
        if ((sum + residual).Meets(whole))
        {
            yield break;
        }

        var computed0 = sum.Mid.Round2();
        if ((roundedSum + residual).Meets(whole))
        {
            // A warning, not info: authors add up the scores they print, so a total that only rounded item scores
            // reach is worth a look (planted one-digit slips in a score land here).
            yield return FindingFactory.Make(Name, Severity.Warning,
                Msg.Of("finding.total_rounded", ("computed", computed0.Show()), ("stated", total.Text)),
                [total.Evidence], total.Value, computed0, relation: Msg.Of("relation.computed", MsgArg.Term("formula", "formula.sum_scores"), ("computed", computed0.Show()), ("stated", total.Text)), convention: Msg.Of("convention.items_rounded"));
            yield break;
        }

        var computed = sum.Mid.Round2();
        var message = missing.Length == 0
            ? Msg.Of("finding.total", ("computed", computed.Show()), ("stated", total.Text))
            : Msg.Of("finding.total_missing", ("computed", computed.Show()), ("missing", missing.Length.ToString(CultureInfo.InvariantCulture)), ("most", residual.Hi.Show()), ("stated", total.Text));
        yield return FindingFactory.Make(Name, Severity.Error, message,
            [total.Evidence], total.Value, computed,
            tolerance: (sum.Width + whole.Width) / 2,
            relation: Msg.Of("relation.sum_scores", ("computed", computed.Show()), ("stated", total.Text), ("known", known.Length.ToString(CultureInfo.InvariantCulture)), ("missing", missing.Length.ToString(CultureInfo.InvariantCulture))),
            impact: Grades.For(total.Value) == Grades.For(computed) ? Impact.Total : Impact.Grade);
    }

    private Finding? NarrativeSlip(AnalysisContext context)
    {
        var totals = context.ScoreTables.Select(t => t.Total).OfType<Figure>().ToArray();
        if (context.Metadata.NarrativeTotal is not { } n || totals.Length == 0
            || totals.Any(t => Interval.HalfUp(t.Value, t.Decimals).Meets(Interval.HalfUp(n.Value, n.Decimals))))
        {
            return null;
        }

        var table = totals.FirstOrDefault(t => Misprint.Explains(n.Value, n.Decimals, Interval.HalfUp(t.Value, t.Decimals)));
        return table is null ? null : FindingFactory.Make(Name, Severity.Error,
            Msg.Of("finding.total_text_table", ("table", table.Text), ("text", n.Text)),
            [table.Evidence, n.Evidence], table.Value, n.Value, relation: FindingFactory.Same(table.Text, n.Text),
            impact: Grades.For(table.Value) == Grades.For(n.Value) ? Impact.Total : Impact.Grade);
    }

    private static Interval ScoreInterval(Indicator indicator) => ScoreIntervals.Of(indicator.Score!.Value, indicator.ScoreText);
}
