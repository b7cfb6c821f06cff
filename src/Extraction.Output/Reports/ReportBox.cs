namespace Extraction.Output.Reports;

/// <summary>A rectangle on a page in points, origin top-left, y down.</summary>
public sealed record ReportBox(double Left, double Top, double Right, double Bottom);
