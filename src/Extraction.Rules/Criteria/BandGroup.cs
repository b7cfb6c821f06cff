using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Criteria;

/// <summary>The bands the criteria give one measured variable, in printed order, with the clause each came from.</summary>
public sealed record BandGroup(string? Variable, IReadOnlyList<(BandSpec Band, string Clause)> Bands);
