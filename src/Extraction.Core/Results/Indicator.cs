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

    /// <summary>Every score column's value where the table prints several (self, verified, evaluator); empty when it
    /// prints one. <see cref="Score"/> is the table's main score (verified, else evaluator, else the plain score).</summary>
    public IReadOnlyList<ColumnScore> Scores { get; init; } = [];

    /// <summary>年度指标值 / 目标值 as printed (the national project form), or 全年预算数 for the funds row.</summary>
    public string? Target { get; init; }

    /// <summary>实际完成值 / 完成值 as printed, or 全年执行数 for the funds row.</summary>
    public string? Actual { get; init; }

    /// <summary>The indicator's code printed before its name (A101, B2, 1.1.1), when there is one.</summary>
    public string? Code { get; init; }

    /// <summary>A formula the form itself fixes for this row: "execution_rate" (项目资金: 得分 = 全年执行数 / 全年预算数
    /// × 分值, capped), with <see cref="Rate"/> the printed 执行率.</summary>
    public string? Formula { get; init; }

    public string? Rate { get; init; }
}
