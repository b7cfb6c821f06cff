namespace Extraction.Distributed.Store;

/// <summary>A submitted path, its content and its latest result's JSON (null while it has none).</summary>
public sealed record SubmittedDocument(string Path, string Sha256, string? ToolKey, string? Json);
