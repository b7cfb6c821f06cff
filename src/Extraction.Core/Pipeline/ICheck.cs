using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>One consistency check. Returns findings; never throws for a finding.</summary>
public interface ICheck
{
    /// <summary>Stable check name (CONTRACT.md), e.g. "sum_mismatch".</summary>
    string Name { get; }

    IEnumerable<Finding> Run(AnalysisContext context);
}
