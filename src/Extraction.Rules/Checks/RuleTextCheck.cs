using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Criteria;

namespace Extraction.Rules.Checks;

/// <summary>Defects of the rule text (overlapping or gapped bands, item points not adding to the weight).
/// A defect of the rule does not change a printed score, so it is a warning — info when the text was recognised by OCR
/// with low confidence: a dropped dash or digit ("80%90%") makes a gap no printed text has.</summary>
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
                    var misread = indicator.Evidence.Confidence is { } c && c < FindingFactory.LowConfidence;
                    yield return FindingFactory.Make(Name, misread ? Severity.Info : Severity.Warning,
                        misread ? defect.Message.WithNote(FindingFactory.LowConfidenceNote) : defect.Message, [indicator.Evidence], indicator.Weight, null,
                        relation: defect.Relation, indicator: indicator.Path);
                }
            }
        }
    }
}
