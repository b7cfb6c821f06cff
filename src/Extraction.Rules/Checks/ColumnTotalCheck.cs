using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>A score column other than the table's main one (自评得分 beside 核查得分) against the total printed for that
/// column: TotalCheck holds the main column, and a changed self score otherwise went unseen. Only a complete table
/// (weights adding up to 100) with the column read on every row is held, as for the main column.</summary>
public sealed class ColumnTotalCheck : ICheck
{
    public string Name => CheckNames.Total;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var table in context.ScoreTables)
        {
            if (table.Indicators.Count == 0 || table.Indicators.Sum(i => i.Weight ?? 0m) != 100m)
            {
                continue;
            }

            foreach (var column in table.ColumnTotals)
            {
                if (column.Total is not { } total)
                {
                    continue;
                }

                var scores = table.Indicators.Select(i => i.Scores.FirstOrDefault(s => s.Column == column.Column)).ToArray();
                // A column missing on some row is not judged; the main column (every row's Score) is TotalCheck's.
                if (scores.Any(s => s is null) || table.Indicators.Zip(scores).All(p => p.First.Score == p.Second!.Value))
                {
                    continue;
                }

                var exact = scores.Sum(s => s!.Value);
                var whole = Interval.HalfUp(total.Value, total.Decimals);
                if (Interval.Point(exact).Meets(whole))
                {
                    continue;
                }

                var computed = exact.Round2();
                var name = MsgArg.Term("column", ColumnTerms.Of(column.Column));
                var rounded = Interval.Sum(scores.Select(s => ScoreIntervals.Of(s!.Value, s.Text))).Meets(whole);
                yield return FindingFactory.Make(Name, rounded ? Severity.Warning : Severity.Error,
                    Msg.Of("finding.score_column_total", name, ("computed", computed.Show()), ("stated", total.Text)),
                    [total.Evidence], total.Value, computed,
                    relation: Msg.Of("relation.computed", MsgArg.Term("formula", "formula.sum_scores"), ("computed", computed.Show()), ("stated", total.Text)),
                    convention: rounded ? Msg.Of("convention.items_rounded") : null,
                    impact: rounded ? Impact.None : Impact.Total);
            }
        }
    }
}
