namespace Extraction.Results;

/// <summary>What a finding changes if the computed value is right (contract "impact").</summary>
public enum Impact
{
    None,
    Score,
    Total,
    Grade,
}
