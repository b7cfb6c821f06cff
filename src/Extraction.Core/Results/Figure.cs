namespace Extraction.Results;

/// <summary>A number found in the text or a table cell, with the label it belongs to.
/// <see cref="Value"/> is in the printed unit; <see cref="ValueYuan"/> normalises amounts to 元.</summary>
public sealed record Figure(
    string Label,
    decimal Value,
    string Text,
    string? Unit,
    Evidence Evidence)
{
    /// <summary>Printed decimals (the precision the interval model uses).</summary>
    public int Decimals { get; init; }

    public decimal? ValueYuan { get; init; }

    /// <summary>"text" for narrative, "table" for a table cell.</summary>
    public string Origin { get; init; } = "text";

    /// <summary>True when the number was printed as approximate (约, ≈, 左右).</summary>
    public bool Approximate { get; init; }
}
