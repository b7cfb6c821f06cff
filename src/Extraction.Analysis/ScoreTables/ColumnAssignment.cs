namespace Extraction.Analysis.ScoreTables;

/// <summary>A column's role; <paramref name="Level"/> is 1.. for level names/weights, 0 when the header names no level.</summary>
internal readonly record struct ColumnAssignment(ColumnRole Role, int Level);
