namespace Extraction.Output.Tables;

/// <summary>One batch table (documents, indicators, figures, findings, problems, pairs) written alike to
/// CSV, SQLite and XLSX. Cells are string, decimal, int or null. <see cref="Label"/> is the sheet name in the
/// output's language.</summary>
public sealed record Sheet(string Name, string Label, IReadOnlyList<Column> Columns, IReadOnlyList<object?[]> Rows)
{
    public Extraction.Messages.Language Language { get; init; } = Extraction.Messages.Language.Zh;
}
