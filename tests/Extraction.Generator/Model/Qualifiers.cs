namespace Extraction.Generator.Model;

/// <summary>What distinguishes one quantity from another with the same measure.</summary>
public sealed record Qualifiers(string? Period = null, string? Scope = null, string? Entity = null, string? Category = null);
