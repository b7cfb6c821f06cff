namespace Extraction.Model;

/// <summary>A paragraph of running text. <paramref name="HeadingLevel"/> is 1..6 for headings
/// (from styles, tags or outline numbering), null for body text.</summary>
public sealed record Paragraph(string Text, Provenance Provenance, int? HeadingLevel = null)
    : Block(Provenance);
