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

    /// <summary>Every score column's value where the table prints several: "self", "verified", "evaluator", "score".</summary>
    public IReadOnlyDictionary<string, decimal>? Scores { get; init; }

    /// <summary>年度指标值 / 目标值 as printed (全年预算数 for the funds row).</summary>
    public string? Target { get; init; }

    /// <summary>实际完成值 as printed (全年执行数 for the funds row).</summary>
    public string? Actual { get; init; }

    /// <summary>The indicator's printed code (A101, 1.1.1).</summary>
    public string? Code { get; init; }

    /// <summary>A formula the form fixes for the row ("execution_rate").</summary>
    public string? Formula { get; init; }
}
