using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>Re-scores every indicator it has a rule for.</summary>
public interface IRuleEngine
{
    IReadOnlyList<IndicatorAssessment> Assess(AnalysisContext context);
}
