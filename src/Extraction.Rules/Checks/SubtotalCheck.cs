using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Checks;

/// <summary>A score table's 小计 rows against the indicators they close: Σ scores (total_mismatch) and Σ weights
/// (weight_sum_mismatch). Subtotals are never indicators and never added into the total; a subtotal over rows with a
/// missing score is checked for feasibility only (the residual fits in [0, Σ missing weights]).</summary>
public sealed class SubtotalCheck : ICheck
{
    public string Name => CheckNames.Total;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var table in context.ScoreTables)
        {
            foreach (var subtotal in table.Subtotals)
            {
                if (subtotal.IndicatorCount == 0 || subtotal.FirstIndicator + subtotal.IndicatorCount > table.Indicators.Count)
                {
                    continue;
                }

                var rows = table.Indicators.Skip(subtotal.FirstIndicator).Take(subtotal.IndicatorCount).ToArray();
                if (subtotal.Score is { } score && Compare(score, rows.Where(i => i.Score is not null).Select(i => Printed(i.Score!.Value, i.ScoreText)),
                        rows.Where(i => i.Score is null).Sum(i => i.Weight ?? 0m)) is { } scoreGap)
                {
                    yield return FindingFactory.Make(CheckNames.Total, scoreGap.Severity,
                        Message("finding.subtotal", subtotal.Label, score.Text, rows.Length, scoreGap.Sum),
                        [score.Evidence, .. rows.Select(r => r.Evidence)], score.Value, scoreGap.Sum,
                        relation: Message("relation.subtotal", subtotal.Label, score.Text, rows.Length, scoreGap.Sum), impact: Impact.None);
                }

                if (subtotal.Weight is { } weight && rows.All(i => i.Weight is not null)
                    && Compare(weight, rows.Select(i => Printed(i.Weight!.Value, i.WeightText)), 0m) is { } weightGap)
                {
                    yield return FindingFactory.Make(CheckNames.WeightSum, weightGap.Severity,
                        Message("finding.subtotal_weight", subtotal.Label, weight.Text, rows.Length, weightGap.Sum),
                        [weight.Evidence], weight.Value, weightGap.Sum, relation: Message("relation.subtotal", subtotal.Label, weight.Text, rows.Length, weightGap.Sum));
                }
            }
        }
    }

    private static Msg Message(string id, string label, string stated, int count, decimal computed) =>
        Msg.Of(id, ("label", label), ("stated", stated), ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("computed", computed.Show()));

    private static Interval Printed(decimal value, string? text) =>
        PrintedNumber.TryParse(text, out var p) && p.Decimals > 0 ? Interval.HalfUp(value, p.Decimals) : Interval.Point(value);

    private static (Severity Severity, decimal Sum)? Compare(Figure stated, IEnumerable<Interval> parts, decimal missing)
    {
        var sum = Interval.Sum(parts);
        var reach = sum + new Interval(0m, missing);
        var printed = Interval.HalfUp(stated.Value, stated.Decimals);
        if (reach.Meets(printed))
        {
            return null;
        }

        return (FindingFactory.ByGap(printed.Gap(reach), stated.Value, percent: true), sum.Mid.Round2());
    }
}
