namespace Extraction.Distributed.Store;

/// <summary>What the shared store holds: documents by state and lane, submissions, and what is running where.</summary>
public sealed record StoreStatus(
    int SchemaVersion,
    long Submissions,
    long Sources,
    long SourceBytes,
    IReadOnlyList<StateCount> Counts,
    IReadOnlyList<RunningDocument> Running)
{
    public long Count(string state) => Counts.Where(c => c.State == state).Sum(c => c.Documents);
}

/// <summary>Documents in one state and lane.</summary>
public sealed record StateCount(string State, string Lane, long Documents);

/// <summary>A document a worker has started and not finished (or died on; it is redelivered).</summary>
public sealed record RunningDocument(string File, string Sha256, string? Worker, DateTime? StartedUtc, int Attempts);
