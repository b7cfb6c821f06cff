namespace Extraction.Results;

/// <summary>A score table (joined over its parts): indicators in document order, the printed total row
/// and grade when present.</summary>
public sealed record ScoreTable(IReadOnlyList<Indicator> Indicators)
{
    public Figure? Total { get; init; }

    public string? Grade { get; init; }

    public Evidence? GradeEvidence { get; init; }
}
