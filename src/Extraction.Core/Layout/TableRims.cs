namespace Extraction.Layout;

/// <summary>What a built table's ruling says about its outer edges, for joining it with its continuation on the
/// next page: the column boundaries (points) and, per column, whether the top and the bottom edge is drawn. A
/// row split by a page break is drawn open at the break (no rule under its first part, none over its rest).</summary>
public sealed record TableRims(IReadOnlyList<double> ColumnBounds, IReadOnlyList<bool> TopRuled, IReadOnlyList<bool> BottomRuled);
