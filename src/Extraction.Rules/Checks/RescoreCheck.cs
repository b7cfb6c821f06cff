using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Criteria;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>A printed score no convention of its rule reproduces. Error for a rulebook rule (the score is
/// wrong); warning for a rule derived from the criteria text (the reading of the prose may be at fault); info when that
/// text is itself defective (gapped or overlapping bands: rule_text_defect says so), as no reading of it can judge the score.</summary>
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
            var severity = !a.Derived ? Severity.Error : RuleTextDefects.Find(a.Indicator).Any() ? Severity.Info : Severity.Warning;
            yield return FindingFactory.Make(Name, severity,
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
