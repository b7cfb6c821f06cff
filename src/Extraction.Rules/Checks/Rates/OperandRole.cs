namespace Extraction.Rules.Checks.Rates;

/// <summary>The place a stated figure takes in a rate: above or below the fraction bar, or none.</summary>
internal enum OperandRole
{
    None,
    Numerator,
    Denominator,
}
