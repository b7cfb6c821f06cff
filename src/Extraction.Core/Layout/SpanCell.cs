namespace Extraction.Layout;

/// <summary>A cell as markup gives it (HTML td/th, Markdown): text and the spans it declares.
/// RowSpan 0 means "to the end of the table" (HTML's rowspan="0").</summary>
public readonly record struct SpanCell(string Text, int RowSpan = 1, int ColumnSpan = 1);
