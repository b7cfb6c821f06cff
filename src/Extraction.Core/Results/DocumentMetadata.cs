namespace Extraction.Results;

/// <summary>What the document says about itself.</summary>
public sealed record DocumentMetadata(string Kind)
{
    public string? Title { get; init; }

    /// <summary>Why the classifier chose <see cref="Kind"/> (shown as the skip reason for <see cref="DocumentKind.NotReport"/>).</summary>
    public string? KindReason { get; init; }

    /// <summary>The finer kind (<see cref="DocumentSubkind"/>): 部门整体支出自评, 项目支出自评表, 决算, 预算, not a report…;
    /// null when none is recognised.</summary>
    public string? Subkind { get; init; }

    public string? Department { get; init; }

    public int? Year { get; init; }

    public string? Evaluator { get; init; }

    public Figure? StatedTotal { get; init; }

    /// <summary>The total as the narrative states it ("评价总分为94.98分"), kept apart from the table's so the two can be compared.</summary>
    public Figure? NarrativeTotal { get; init; }

    /// <summary>Totals the narrative states for one score column ("自评得分81.34分…核查得分80.32分"): column as in
    /// <see cref="ColumnTotal"/> (self, verified, evaluator); the one matching the table's main column is also
    /// <see cref="NarrativeTotal"/>.</summary>
    public IReadOnlyList<ColumnTotal> NarrativeColumnTotals { get; init; } = [];

    public string? StatedGrade { get; init; }

    /// <summary>The grade as the narrative states it for the main total ("评价等级为“优”"), kept apart from the table's grade
    /// row (which <see cref="StatedGrade"/> prefers) so that both are held to the total.</summary>
    public string? NarrativeGrade { get; init; }

    public Evidence? NarrativeGradeEvidence { get; init; }

    public Evidence? GradeEvidence { get; init; }
}
