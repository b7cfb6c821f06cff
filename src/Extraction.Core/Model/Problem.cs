namespace Extraction.Model;

/// <summary>Something that went wrong while processing a document: which stage, what was expected,
/// what was found, where. Problems are recorded, never thrown past the batch.</summary>
public sealed record Problem(string Stage, string Message, int? Page = null);
