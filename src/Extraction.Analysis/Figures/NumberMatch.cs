namespace Extraction.Analysis.Figures;

/// <summary>A number found in normalised text: where it starts, where its unit ends, and the parts.</summary>
internal readonly record struct NumberMatch(int Start, int End, string Number, string? Unit, int NumberEnd);
