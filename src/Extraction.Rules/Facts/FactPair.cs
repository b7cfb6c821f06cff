using Extraction.Results;

namespace Extraction.Rules.Facts;

/// <summary>A candidate pair of facts and what the linker sees of it; <see cref="Via"/> says how it became a
/// candidate (shared measure, heading over its first sentence, same digits in another money unit).</summary>
internal sealed record FactPair(Fact A, Fact B, PairFeatures Features, string Via);
