using Extraction.Generator.Model;
using Extraction.Generator.Mutation;

namespace Extraction.Generator;

/// <summary>One document of a generated set: the (possibly mutated) model, the planted change (null for a clean copy)
/// and its truth JSON.</summary>
public sealed record GeneratedDocument(int Index, GenDocument Document, Planted? Planted, string Truth)
{
    public string Id => Document.Id;
}
