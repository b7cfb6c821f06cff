using Extraction.Model;

namespace Extraction.Layout;

/// <summary>A table found from ruling lines, with the indexes of the text fragments placed in it
/// (so that the caller does not repeat them as paragraphs).</summary>
public sealed record BuiltTable(Table Table, BoundingBox Box, IReadOnlyList<int> FragmentIndexes)
{
    /// <summary>Column boundaries and outer edges drawn, for joining the table with its continuation.</summary>
    public TableRims? Rims { get; init; }
}
