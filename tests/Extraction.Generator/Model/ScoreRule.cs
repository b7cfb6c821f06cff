namespace Extraction.Generator.Model;

/// <summary>A scoring criterion written in the document: linear (actual/target × weight, capped at the weight),
/// bands (thresholds on the actual, highest first, each with its share of the weight), binary (target met → weight),
/// deduct (weight − per × count, floored at 0). Operands of a rescore relation: actual, [target], weight.</summary>
public sealed record ScoreRule(string Shape, decimal Weight)
{
    public decimal Target { get; init; }

    public bool AtMost { get; init; }

    public decimal Per { get; init; }

    public IReadOnlyList<(decimal From, decimal Share)> Bands { get; init; } = [];
}
