using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>What a composed score table printed: the table index, the total mention of each score column (null when
/// not printed in the table) and each leaf's score mentions.</summary>
public sealed record ScoreTable(int Table, IReadOnlyDictionary<string, Run> Totals, IReadOnlyDictionary<string, Run> TotalQuantities,
    IReadOnlyList<(Leaf Leaf, IReadOnlyDictionary<string, Run> Scores, Run? Actual)> Rows, Run? WeightTotal);
