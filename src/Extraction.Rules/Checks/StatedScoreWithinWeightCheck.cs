using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>A view over the fact table: a score stated in the same sentence as its weight ("（一）预算编制指标（满分16分，
/// 得分144.80分）", "过程指标分值32分，实际得分27.76分") — one measure, a 分值 fact and the score fact after it — may not exceed
/// that weight. Score tables are <see cref="ScoreExceedsWeightCheck"/>'s; this holds what the narrative and headings say.</summary>
public sealed class StatedScoreWithinWeightCheck : ICheck
{
    public string Name => CheckNames.ScoreExceedsWeight;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var facts = context.Facts.Facts.Where(f => f.Origin != "cell" && f.Unit == "分").ToArray();
        foreach (var sentence in facts.GroupBy(f => (f.Block, f.Sentence)))
        {
            var inOrder = sentence.OrderBy(f => f.Start).ToArray();
            for (var i = 0; i < inOrder.Length; i++)
            {
                var weight = inOrder[i];
                if (weight.Scope != "分值")
                {
                    continue;
                }

                // The score is the next 分 fact of the same measure, before any other weight.
                var score = inOrder.Skip(i + 1).TakeWhile(f => f.Scope != "分值").FirstOrDefault(f => f.Measure == weight.Measure && f.Scope is "得分" or "实际" or "自评" or "核查");
                // Recognised text loses decimal points (12.83 read as 1283): OCR'd sentences are not held here.
                if (score is null || score.Value <= weight.Value || score.Evidence.Confidence is not null || weight.Evidence.Confidence is not null)
                {
                    continue;
                }

                yield return FindingFactory.Make(Name, Severity.Error,
                    Msg.Of("finding.score_over_weight", ("indicator", weight.Measure), ("score", score.Text), ("weight", weight.Text)),
                    [score.Evidence], score.Value, weight.Value, relation: Msg.Of("relation.at_most", ("a", score.Text), ("b", weight.Text)), impact: Impact.Score);
            }
        }
    }
}
