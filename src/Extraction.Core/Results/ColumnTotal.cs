namespace Extraction.Results;

/// <summary>A total or grade printed for one score column of a table with several (自评 / 核查 / 评价):
/// <see cref="Column"/> as in <see cref="ColumnScore"/>.</summary>
public sealed record ColumnTotal(string Column, Figure? Total, string? Grade)
{
    /// <summary>Where the grade is stated, when it is known (a narrative's 自评等级为“良”).</summary>
    public Evidence? GradeEvidence { get; init; }
}
