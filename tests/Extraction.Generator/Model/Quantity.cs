namespace Extraction.Generator.Model;

/// <summary>One quantity of the world the document describes; every mention of it shares <see cref="Id"/> (a truth group).
/// <see cref="Value"/> is exact, in <see cref="Unit"/> (元 for money, % for rates, 分 for scores).</summary>
public sealed record Quantity(string Id, string Measure, Qualifiers Qualifiers, decimal Value, string Unit);
