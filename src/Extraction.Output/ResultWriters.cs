using Extraction.Pipeline;

namespace Extraction.Output;

/// <summary>Every batch output the product writes.</summary>
public static class ResultWriters
{
    public static IReadOnlyList<IResultWriter> All() => [];
}
