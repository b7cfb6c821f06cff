namespace Extraction.Distributed.Export;

/// <summary>What an export wrote: documents with results (of which failed), and submitted documents still
/// without a result (queued or running), which it left out.</summary>
public sealed record ExportSummary(int Exported, int Failed, IReadOnlyList<string> Pending);
