namespace Extraction.Output.Tables;

/// <summary>One batch table (documents, indicators, figures, findings, problems, pairs) written alike to
/// CSV, SQLite and XLSX. Cells are string, decimal, int or null.</summary>
public sealed record Sheet(string Name, string Label, IReadOnlyList<Column> Columns, IReadOnlyList<object?[]> Rows);
