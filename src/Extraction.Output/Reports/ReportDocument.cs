namespace Extraction.Output.Reports;

/// <summary>Contract "document": what the document says about itself. <see cref="Title"/> is an extension.</summary>
public sealed record ReportDocument(
    string Kind,
    string? Department,
    int? Year,
    string? Evaluator,
    decimal? StatedTotal,
    string? StatedGrade)
{
    public string? Title { get; init; }
}
