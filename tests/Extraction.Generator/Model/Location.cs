namespace Extraction.Generator.Model;

/// <summary>Where a mention is printed: block index, and for cells the table index, row and column (0-based).</summary>
public sealed record Location(int Block, int? Table = null, int? Row = null, int? Column = null);
