namespace Extraction.Benchmarks;

/// <summary>One benchmark or long-running harness, run as `dotnet run --project tests/Extraction.Benchmarks -c Release -- NAME [args]`.
/// Implementations are discovered by reflection so each area adds a file without touching others.</summary>
internal interface IBench
{
    string Name { get; }

    string Description { get; }

    /// <summary>Runs and prints its figures; returns the process exit code.</summary>
    int Run(string[] args);
}
