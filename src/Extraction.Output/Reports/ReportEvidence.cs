namespace Extraction.Output.Reports;

/// <summary>Contract evidence {page, quote}; box (points, top-left origin), cell and confidence are extensions.</summary>
public sealed record ReportEvidence(int Page, string Quote)
{
    public ReportBox? Box { get; init; }

    public ReportCell? Cell { get; init; }

    public double? Confidence { get; init; }

    /// <summary>The printed number the evidence is about, when it is about one.</summary>
    public string? Number { get; init; }

    /// <summary>Boxes of that number on the page (points, top-left origin), inside <see cref="Box"/>.</summary>
    public IReadOnlyList<ReportBox>? Marks { get; init; }
}
