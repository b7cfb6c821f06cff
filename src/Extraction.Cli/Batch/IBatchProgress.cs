namespace Extraction.Cli.Batch;

/// <summary>Receives progress from a running batch (called from worker threads).</summary>
internal interface IBatchProgress
{
    void Started(string file);

    void Finished(string file, DocumentOutcome outcome, int findings, TimeSpan elapsed);

    void Writing(string what);

    /// <summary>A document's result, as soon as it is stored (before the batch outputs are written).</summary>
    void Stored(string path, Output.Tables.BatchEntry entry)
    {
    }
}
