namespace Extraction.Generator.Model;

/// <summary>A table: <see cref="Role"/> is score|funds|budget|goals|accounts|detail; <see cref="HeaderRows"/> rows repeat on
/// continued pages when the route repeats headers.</summary>
public sealed record GenTable(int Index, string Role, string? Caption, int Rows, int Columns, int HeaderRows, IReadOnlyList<GenCell> Cells);
