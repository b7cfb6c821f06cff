namespace Extraction.Output.Reports;

/// <summary>Contract "document": what the document says about itself. <see cref="Title"/> and <see cref="Subkind"/> are extensions.</summary>
public sealed record ReportDocument(
    string Kind,
    string? Department,
    int? Year,
    string? Evaluator,
    decimal? StatedTotal,
    string? StatedGrade)
{
    public string? Title { get; init; }

    /// <summary>The finer kind (<see cref="Results.DocumentSubkind"/>): department_self_assessment,
    /// project_self_assessment, project_evaluation, verification, final_accounts, budget, not_report; null when none.</summary>
    public string? Subkind { get; init; }
}
