using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>A score above its weight (or below zero). A verifier's recorded weight transfer that explains
/// the excess is reported as info only.</summary>
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
}
