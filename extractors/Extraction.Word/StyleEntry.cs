namespace Extraction.Word;

/// <summary>What the reader uses of one w:style: name, outline level, basedOn, its w:numPr and whether its
/// run properties hide text (w:vanish; null when the style does not say).</summary>
internal readonly record struct StyleEntry(string? Name, int? Outline, string? BasedOn, int? NumId, int? Ilvl, bool? Vanish = null);
