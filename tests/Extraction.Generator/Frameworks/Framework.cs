namespace Extraction.Generator.Frameworks;

/// <summary>An indicator system: sections, depth (2 or 3 levels printed), code style (none, A101, 1.1.1), column order of
/// its score table, and the header wording of each column. Column keys: code, l1, l2, l3, weight, criteria, actual,
/// score, note.</summary>
public sealed record Framework(string Name, int Depth, string CodeStyle, IReadOnlyList<Section> Sections, IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, string> Headers, int NameVariant);
