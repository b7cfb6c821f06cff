namespace Extraction.Cli.Batch;

/// <summary>A child's answer for one document: the report JSON, or a time-out, or why the child died.</summary>
internal sealed record ChildReply(string? Json, bool TimedOut, string? Failure);
