namespace Extraction.Results;

/// <summary>One lowest-level row of a score table as printed. <see cref="Levels"/> runs from 一级 down to
/// the row's own level; the row's weight and score are <see cref="Weight"/> and <see cref="Score"/>.</summary>
public sealed record Indicator(
    IReadOnlyList<IndicatorLevel> Levels,
    decimal? Weight,
    decimal? Score,
    Evidence Evidence)
{
    public IReadOnlyList<string> Path => Levels.Select(l => l.Name).ToArray();

    public string Name => Levels.Count == 0 ? string.Empty : Levels[^1].Name;

    /// <summary>Weight and score as printed, for precision.</summary>
    public string? WeightText { get; init; }

    public string? ScoreText { get; init; }

    /// <summary>指标说明.</summary>
    public string? Description { get; init; }

    /// <summary>评分标准.</summary>
    public string? Criteria { get; init; }

    /// <summary>审核说明 / 核查评分说明 of a verification report.</summary>
    public string? VerifierNote { get; init; }

    /// <summary>Self-assessed score where a verification table prints both.</summary>
    public decimal? SelfScore { get; init; }
}
