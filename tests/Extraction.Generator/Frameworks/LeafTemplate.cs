namespace Extraction.Generator.Frameworks;

/// <summary>A third-level indicator as frameworks word it: synonyms of its name, its scoring shape
/// (linear, bands, binary, binary_at_most, deduct, qualitative) and the range its actual value is drawn from.</summary>
public sealed record LeafTemplate(IReadOnlyList<string> Names, string Shape, decimal Min, decimal Max, string Unit = "%");
