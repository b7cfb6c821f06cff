using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Criteria;

namespace Extraction.Rules.Checks;

/// <summary>Defects of the rule text (overlapping or gapped bands, item points not adding to the weight).
/// A defect of the rule does not change a printed score, so it is a warning.</summary>
public sealed class RuleTextCheck : ICheck
{
    public string Name => CheckNames.RuleText;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var seen = new HashSet<Msg>();
        foreach (var indicator in context.ScoreTables.SelectMany(t => t.Indicators))
        {
            foreach (var defect in RuleTextDefects.Find(indicator))
            {
                if (seen.Add(defect.Message))
                {
                    yield return FindingFactory.Make(Name, Severity.Warning, defect.Message, [indicator.Evidence], indicator.Weight, null,
                        relation: defect.Relation, indicator: indicator.Path);
                }
            }
        }
    }
}
