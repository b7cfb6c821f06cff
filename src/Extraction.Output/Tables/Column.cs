namespace Extraction.Output.Tables;

/// <summary>A column of a batch table: its stable name (CSV header, SQLite column) and a Chinese label
/// (XLSX header and report).</summary>
public sealed record Column(string Name, string Label, ColumnKind Kind = ColumnKind.Text);
