namespace Extraction.Model;

/// <summary>A unit of page content in reading order: a paragraph or a table.</summary>
public abstract record Block(Provenance Provenance);
