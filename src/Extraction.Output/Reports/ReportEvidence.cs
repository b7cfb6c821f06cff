namespace Extraction.Output.Reports;

/// <summary>Contract evidence {page, quote}; box (points, top-left origin), cell and confidence are extensions.</summary>
public sealed record ReportEvidence(int Page, string Quote)
{
    public ReportBox? Box { get; init; }

    public ReportCell? Cell { get; init; }

    public double? Confidence { get; init; }
}
