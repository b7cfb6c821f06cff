namespace Extraction.Workspace.Store;

/// <summary>Where an uploaded document is: stable names stored in the database.</summary>
public static class DocumentStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    /// <summary>Read, but not analysed: not a report (the reason is the report's status_reason).</summary>
    public const string Skipped = "skipped";
}
