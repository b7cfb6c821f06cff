using Extraction.Results;

namespace Extraction.Analysis.Facts;

/// <summary>Collects a document's facts, numbering them in reading order (a fact's id is its index).</summary>
internal sealed class FactSink
{
    private readonly List<Fact> _facts = [];

    public int Count => _facts.Count;

    public IReadOnlyList<Fact> Facts => _facts;

    public Fact Add(Fact fact)
    {
        var numbered = fact with { Id = _facts.Count, Group = _facts.Count };
        _facts.Add(numbered);
        return numbered;
    }
}
