namespace Extraction.Word;

/// <summary>What the reader uses of one w:style: name, outline level, basedOn and its w:numPr.</summary>
internal readonly record struct StyleEntry(string? Name, int? Outline, string? BasedOn, int? NumId, int? Ilvl);
