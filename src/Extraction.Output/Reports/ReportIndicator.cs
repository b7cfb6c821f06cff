namespace Extraction.Output.Reports;

/// <summary>Contract indicator row; everything after <see cref="Page"/> is an extension.</summary>
public sealed record ReportIndicator(
    IReadOnlyList<string> Path,
    decimal? Weight,
    decimal? Score,
    decimal? Recomputed,
    string? Rule,
    string? Criteria,
    int Page)
{
    /// <summary>Weights printed for each level of <see cref="Path"/> (null where none).</summary>
    public IReadOnlyList<decimal?> LevelWeights { get; init; } = [];

    public string? Quote { get; init; }

    public ReportBox? Box { get; init; }

    public ReportCell? Cell { get; init; }

    /// <summary>Self-assessed score printed beside the verified one in a verification table.</summary>
    public decimal? SelfScore { get; init; }

    public string? VerifierNote { get; init; }

    public string? Convention { get; init; }

    public string? Explanation { get; init; }
}
