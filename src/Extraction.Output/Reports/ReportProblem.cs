namespace Extraction.Output.Reports;

/// <summary>Contract problem {stage, message}; page and message_ref are extensions.</summary>
public sealed record ReportProblem(string Stage, string Message)
{
    public int? Page { get; init; }

    /// <summary>The message as a catalog reference, when it came from the catalog.</summary>
    public ReportMessage? MessageRef { get; init; }

    /// <summary>True when part of the document went unread or unanalysed because of this problem (status "partial").</summary>
    public bool Partial { get; init; }
}
