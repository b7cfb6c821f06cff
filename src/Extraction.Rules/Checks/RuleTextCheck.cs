using System.Text.RegularExpressions;
using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Criteria;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>Defects of the rule text (overlapping or gapped bands, item points not adding to the weight).
/// A defect of the rule does not change a printed score, so it is a warning — info when the text was recognised by OCR
/// with low confidence, or when the gap's bounds stand side by side in recognised text ("80%90%": the dash between them
/// was lost, and the band they made is the gap): a dropped dash or digit makes a gap no printed text has.</summary>
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
                    var misread = (indicator.Evidence.Confidence is { } c && c < Evidence.LowConfidence)
                        || (indicator.Evidence.Confidence is not null && defect.Gap is { } gap && LostSeparator(indicator.Criteria, gap.High, gap.Low));
                    yield return FindingFactory.Make(Name, misread ? Severity.Info : Severity.Warning,
                        misread ? defect.Message.WithNote(FindingFactory.LowConfidenceNote) : defect.Message, [indicator.Evidence], indicator.Weight, null,
                        relation: defect.Relation, indicator: indicator.Path);
                }
            }
        }
    }

    /// <summary>The gap's two bounds printed side by side with nothing but a percent sign between them ("80%90%",
    /// "9095%"): the dash, 至 or ~ between them was lost in reading, and the band they made is the gap.</summary>
    internal static bool LostSeparator(string? criteria, decimal high, decimal low) =>
        criteria is not null && Regex.IsMatch(criteria, $@"(?<![\d.]){Regex.Escape(high.Show())}%?{Regex.Escape(low.Show())}(?![\d.])");
}
