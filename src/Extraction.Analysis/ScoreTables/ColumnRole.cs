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

    /// <summary>A second weight column of a level that has one already (a garbled header): not read, but a
    /// different number in it means the row holds cells of two rows.</summary>
    ExtraWeight,
}
