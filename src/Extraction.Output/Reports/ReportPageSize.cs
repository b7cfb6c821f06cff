namespace Extraction.Output.Reports;

/// <summary>A page's size in points.</summary>
public sealed record ReportPageSize(int Page, double Width, double Height);
