namespace Extraction.Analysis.ScoreTables;

/// <summary>What a score-table column holds.</summary>
internal enum ColumnRole
{
    None,
    LevelName,
    LevelWeight,
    Weight,
    Score,
    SelfScore,
    Criteria,
    Description,
    Note,

    /// <summary>年度指标值 / 目标值 / 预期值 (the national project form's target column).</summary>
    Target,

    /// <summary>实际完成值 / 完成值 / 实际值.</summary>
    Actual,

    /// <summary>A score column besides the main one and the self score (a second verifier's or an evaluator's);
    /// <see cref="ColumnAssignment.Level"/> holds its <see cref="ScoreKinds"/> kind.</summary>
    OtherScore,

    /// <summary>指标编码 / 编号: the indicator's code (A101, 1.1.1) in a column of its own.</summary>
    Code,

    /// <summary>A second weight column of a level that has one already (a garbled header): not read, but a
    /// different number in it means the row holds cells of two rows.</summary>
    ExtraWeight,
}
