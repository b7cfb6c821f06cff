namespace Extraction.Distributed.Work;

/// <summary>How a worker runs: documents at once (also each lane's prefetch), where it unpacks documents, its name
/// in the store, and whether it exits once the queues are empty.</summary>
public sealed record WorkerOptions(int Jobs, string TempDirectory)
{
    public string Name { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Exit (code 0) when every lane and the dead-letter queue are empty and nothing is in hand.</summary>
    public bool Drain { get; init; }
}
