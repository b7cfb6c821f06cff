namespace Extraction.Output.Reports;

/// <summary>Contract problem {stage, message}; page is an extension.</summary>
public sealed record ReportProblem(string Stage, string Message)
{
    public int? Page { get; init; }
}
