using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>A document's facts (by id, <c>Facts[i].Id == i</c>) with the links between mentions of one quantity.</summary>
public sealed record FactGraph(IReadOnlyList<Fact> Facts, IReadOnlyList<FactLink> Links)
{
    public static FactGraph Empty { get; } = new([], []);
}
