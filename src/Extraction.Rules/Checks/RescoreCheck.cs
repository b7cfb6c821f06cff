using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>A printed score no convention of its rule reproduces. Error for a rulebook rule (the score is
/// wrong); warning for a rule derived from the criteria text (the reading of the prose may be at fault).</summary>
public sealed class RescoreCheck : ICheck
{
    public string Name => CheckNames.Rescore;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var a in context.Assessments)
        {
            if (a.Indicator.Score is not { } score || a.Recomputed is not { } recomputed || Math.Abs(recomputed - score) < 0.005m)
            {
                continue;
            }

            var evidence = new List<Evidence> { a.Indicator.Evidence };
            evidence.AddRange(a.Inputs.Select(i => i.Evidence));
            yield return FindingFactory.Make(Name, a.Derived ? Severity.Warning : Severity.Error,
                a.Inputs.Count > 0
                    ? Msg.Of("finding.rescore_inputs", ("indicator", a.Indicator.Name), ("stated", a.Indicator.ScoreText ?? score.Show()), ("rule", a.Rule),
                        ("computed", recomputed.Show()), ("inputs", string.Join("，", a.Inputs.Select(i => $"{i.Label} {Engine.FigureText.Show(i)}"))))
                    : Msg.Of("finding.rescore", ("indicator", a.Indicator.Name), ("stated", a.Indicator.ScoreText ?? score.Show()), ("rule", a.Rule), ("computed", recomputed.Show())),
                evidence, score, recomputed, tolerance: 0.005m, relation: Msg.Of("relation.rescore", ("rule", a.Rule), ("computed", recomputed.Show()), ("stated", a.Indicator.ScoreText ?? score.Show())),
                convention: a.Convention is null ? null : Msg.Of("convention.rule", MsgArg.Glossed("text", a.Convention)),
                impact: Impact.Score, indicator: a.Indicator.Path);
        }
    }
}
