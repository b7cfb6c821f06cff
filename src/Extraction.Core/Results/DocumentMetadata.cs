namespace Extraction.Results;

/// <summary>What the document says about itself.</summary>
public sealed record DocumentMetadata(string Kind)
{
    public string? Title { get; init; }

    public string? Department { get; init; }

    public int? Year { get; init; }

    public string? Evaluator { get; init; }

    public Figure? StatedTotal { get; init; }

    /// <summary>The total as the narrative states it ("评价总分为94.98分"), kept apart from the table's so the two can be compared.</summary>
    public Figure? NarrativeTotal { get; init; }

    public string? StatedGrade { get; init; }

    public Evidence? GradeEvidence { get; init; }
}
