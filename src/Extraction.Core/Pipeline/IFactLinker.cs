using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>Links the facts of one document that are mentions of one quantity; returns the facts with their group
/// set and the links.</summary>
public interface IFactLinker
{
    FactGraph Link(IReadOnlyList<Fact> facts);
}
