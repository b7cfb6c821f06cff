namespace Extraction.Output.Reports;

/// <summary>A table cell address: table index in document order, grid row and column (0-based).</summary>
public sealed record ReportCell(int Table, int Row, int Column);
