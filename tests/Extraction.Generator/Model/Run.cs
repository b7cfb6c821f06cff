namespace Extraction.Generator.Model;

/// <summary>A piece of text; when <see cref="Mention"/> is set the text is that mention's printed form
/// (resolved at render time so a planted change shows everywhere the mention is printed).</summary>
public sealed record Run(string Text, string? Mention = null);
