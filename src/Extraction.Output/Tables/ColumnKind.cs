namespace Extraction.Output.Tables;

/// <summary>How a column's values are stored: text, an exact decimal, or an integer.</summary>
public enum ColumnKind
{
    Text,
    Number,
    Integer,
}
