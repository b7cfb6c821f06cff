namespace Extraction.Generator.Model;

/// <summary>One block in reading order: heading (with <see cref="Level"/>), paragraph, note (small print under a table)
/// or table.</summary>
public sealed record Block(string Type, int Level, IReadOnlyList<Run> Runs, GenTable? Table = null);
