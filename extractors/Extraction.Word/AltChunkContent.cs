using DocumentFormat.OpenXml.Packaging;

namespace Extraction.Word;

/// <summary>What a w:altChunk holds for the reader: decoded text, an opened Word document (the caller
/// disposes it), or a problem message.</summary>
internal sealed record AltChunkContent(string? Text, WordprocessingDocument? Document, string? Problem)
{
    public static AltChunkContent Failed(string problem) => new(null, null, problem);
}
