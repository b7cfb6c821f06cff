using Extraction.Model;
using Extraction.Results;

namespace Extraction.Analysis.Facts;

/// <summary>Where a text being read for facts sits: page, box, cell, origin, block and section, and the table's
/// title and headers for a cell.</summary>
internal sealed record FactPlace(int Page, BoundingBox? Box, CellRef? Cell, string Origin, double? Confidence, int Block, int Section)
{
    public string? TableTitle { get; init; }

    public string? RowHeader { get; init; }

    public string? ColumnHeader { get; init; }
}
