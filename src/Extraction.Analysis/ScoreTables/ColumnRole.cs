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
}
