namespace Extraction.Rules.Engine;

/// <summary>How firmly an outcome is known; larger is weaker.</summary>
public enum OutcomeKind
{
    Computed = 0,
    Reachable = 1,
    Range = 2,
}
