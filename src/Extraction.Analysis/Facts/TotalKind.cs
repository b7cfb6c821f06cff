namespace Extraction.Analysis.Facts;

/// <summary>Whether a table row is a total, and of what: the table's subject (合计, 总计) or the row's own measure
/// (本年支出合计).</summary>
internal enum TotalKind
{
    None,
    Whole,
    Named,
}
