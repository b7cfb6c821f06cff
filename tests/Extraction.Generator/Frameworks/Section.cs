namespace Extraction.Generator.Frameworks;

/// <summary>A first-level indicator with its weight range and second-level groups (each a name and leaf keys).
/// A two-level framework has one unnamed group per section.</summary>
public sealed record Section(string Name, string Code, int MinWeight, int MaxWeight, IReadOnlyList<(string Name, IReadOnlyList<string> Leaves)> Groups);
