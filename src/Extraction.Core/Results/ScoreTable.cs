namespace Extraction.Results;

/// <summary>A score table (joined over its parts): indicators in document order, the printed total row
/// and grade when present.</summary>
public sealed record ScoreTable(IReadOnlyList<Indicator> Indicators)
{
    public Figure? Total { get; init; }

    /// <summary>The total row's printed 分值 (what the indicators' weights add up to), when the row prints one.</summary>
    public Figure? TotalWeight { get; init; }

    public string? Grade { get; init; }

    public Evidence? GradeEvidence { get; init; }

    /// <summary>小计 rows: checked against their rows, never added into the total.</summary>
    public IReadOnlyList<Subtotal> Subtotals { get; init; } = [];

    /// <summary>Totals and grades per score column when the table has several (self, verified, evaluator);
    /// <see cref="Total"/> and <see cref="Grade"/> are the main score column's.</summary>
    public IReadOnlyList<ColumnTotal> ColumnTotals { get; init; } = [];
}
