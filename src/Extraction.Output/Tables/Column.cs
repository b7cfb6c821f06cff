namespace Extraction.Output.Tables;

/// <summary>A column of a batch table: its stable name (CSV header, SQLite column) and a label in the output's
/// language from the catalog (XLSX header; the CSV header on request).</summary>
public sealed record Column(string Name, ColumnKind Kind = ColumnKind.Text)
{
    /// <summary>A column with a fixed label (callers that label their own sheets, e.g. the workspace's decisions).</summary>
    public Column(string name, string label, ColumnKind kind = ColumnKind.Text)
        : this(name, kind)
    {
        Label = label;
    }

    public string Label { get; init; } = Name;

    /// <summary>When set, the values are stable codes (severity "error", kind "verification") the workbook shows in
    /// words from the catalog ("{Codes}.{value}"); CSV and SQLite keep the codes.</summary>
    public string? Codes { get; init; }
}
