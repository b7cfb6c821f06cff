namespace Extraction.Pdf.Fonts;

/// <summary>A contiguous run of codes mapped to consecutive values starting at <see cref="Start"/>.</summary>
internal readonly record struct CodeRange(uint Low, uint High, int Start);
