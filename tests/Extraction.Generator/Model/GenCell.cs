namespace Extraction.Generator.Model;

/// <summary>An origin cell (covered cells of a span are not listed).</summary>
public sealed record GenCell(int Row, int Column, int RowSpan, int ColSpan, IReadOnlyList<Run> Runs, bool Header = false);
