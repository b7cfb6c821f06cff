using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Rules.Engine;

/// <summary>Placeholder until the rule engine lands.</summary>
public sealed class RuleEngine : IRuleEngine
{
    public IReadOnlyList<IndicatorAssessment> Assess(AnalysisContext context) => [];
}
