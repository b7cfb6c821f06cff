namespace Extraction.Results;

/// <summary>A table cell address: table index in document order (0-based), grid row and column.</summary>
public readonly record struct CellRef(int Table, int Row, int Column);
