using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>A score above its weight (or below zero). A verifier's recorded weight transfer that explains
/// the excess is reported as info only. Every score column is held (a 自评得分 above its weight in a verification
/// table is the self-assessment's error even when the verifier's column is right).</summary>
public sealed class ScoreExceedsWeightCheck : ICheck
{
    public string Name => CheckNames.ScoreExceedsWeight;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var table in context.ScoreTables)
        {
            var transfers = WeightTransfers.Of(table.Indicators);
            foreach (var indicator in table.Indicators)
            {
                foreach (var other in OtherColumns(indicator, transfers))
                {
                    yield return other;
                }

                if (indicator.Score is not { } score || indicator.Weight is not { } weight)
                {
                    continue;
                }

                if (score < 0)
                {
                    yield return FindingFactory.Make(Name, Severity.Error, Msg.Of("finding.score_negative", ("indicator", indicator.Name), ("score", score.Show())),
                        [indicator.Evidence], score, 0m, impact: Impact.Score, indicator: indicator.Path);
                    continue;
                }

                if (score <= weight)
                {
                    continue;
                }

                var effective = WeightTransfers.EffectiveWeight(indicator, transfers) ?? weight;
                if (score <= effective)
                {
                    yield return FindingFactory.Make(Name, Severity.Info,
                        Msg.Of("finding.score_over_weight_moved", ("indicator", indicator.Name), ("score", score.Show()), ("weight", weight.Show()), ("effective", effective.Show())),
                        [indicator.Evidence], score, effective, relation: Msg.Of("relation.at_most", ("a", score.Show()), ("b", $"{weight.Show()}+{(effective - weight).Show()}")),
                        convention: Msg.Of("convention.weight_moved"), indicator: indicator.Path);
                    continue;
                }

                yield return FindingFactory.Make(Name, Severity.Error,
                    Msg.Of("finding.score_over_weight", ("indicator", indicator.Name), ("score", score.Show()), ("weight", effective.Show())),
                    [indicator.Evidence], score, effective, relation: Msg.Of("relation.at_most", ("a", score.Show()), ("b", effective.Show())), impact: Impact.Score, indicator: indicator.Path);
            }
        }
    }

    private IEnumerable<Finding> OtherColumns(Indicator indicator, IReadOnlyDictionary<string, decimal> transfers)
    {
        if (indicator.Weight is not { } weight)
        {
            yield break;
        }

        var effective = WeightTransfers.EffectiveWeight(indicator, transfers) ?? weight;
        foreach (var column in indicator.Scores.Where(c => c.Value != indicator.Score && c.Value > effective))
        {
            yield return FindingFactory.Make(Name, Severity.Error,
                Msg.Of("finding.column_score_over_weight", ("indicator", indicator.Name), MsgArg.Term("column", ColumnTerms.Of(column.Column)), ("score", column.Text), ("weight", effective.Show())),
                [indicator.Evidence], column.Value, effective, relation: Msg.Of("relation.at_most", ("a", column.Text), ("b", effective.Show())), impact: Impact.Score, indicator: indicator.Path);
        }
    }
}
