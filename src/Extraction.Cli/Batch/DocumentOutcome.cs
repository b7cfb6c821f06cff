namespace Extraction.Cli.Batch;

/// <summary>What happened to one document of a batch, for progress and the summary.</summary>
internal enum DocumentOutcome
{
    Processed,
    Reused,
    Failed,
    TimedOut,
    Skipped,
    Partial,
}
