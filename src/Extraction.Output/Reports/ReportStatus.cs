namespace Extraction.Output.Reports;

/// <summary>Contract documents.csv "status" values.</summary>
public static class ReportStatus
{
    public const string Ok = "ok";
    public const string Partial = "partial";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}
