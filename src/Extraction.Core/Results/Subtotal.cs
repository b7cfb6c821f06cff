namespace Extraction.Results;

/// <summary>A 小计 row of a score table: what it states for the indicators it closes (those from
/// <see cref="FirstIndicator"/>, <see cref="IndicatorCount"/> of them, in the table's order). Never an indicator and
/// never part of the table's total.</summary>
public sealed record Subtotal(string Label, int FirstIndicator, int IndicatorCount, Evidence Evidence)
{
    public Figure? Weight { get; init; }

    public Figure? Score { get; init; }
}
