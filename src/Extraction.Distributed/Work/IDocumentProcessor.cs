namespace Extraction.Distributed.Work;

/// <summary>Runs one document file through the pipeline the way a local batch does (time limit, last-resort
/// guard), supplied by the CLI, which alone names the readers.</summary>
public interface IDocumentProcessor
{
    /// <summary>The build and rule set's key results are stored under.</summary>
    string ToolKey { get; }

    /// <summary>The per-document time limit, for reusing stored time-outs as the local store does.</summary>
    int TimeoutSeconds { get; }

    /// <summary>Never throws for a bad document (it comes back as a failed report); throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> stops the worker.</summary>
    Task<ProcessedDocument> ProcessAsync(string path, CancellationToken cancellationToken);
}
