namespace Extraction.Layout;

/// <summary>A table read from cell-per-line text: its rows of cell texts, the usual row width (the most
/// common cell count) and the index of the first line after the run.</summary>
public sealed record CellLineRun(IReadOnlyList<IReadOnlyList<string>> Rows, int Width, int End);
