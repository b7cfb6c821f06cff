using DocumentFormat.OpenXml.Packaging;
using Extraction.Messages;

namespace Extraction.Word;

/// <summary>What a w:altChunk holds for the reader: decoded text, an opened Word document (the caller
/// disposes it), or a problem message.</summary>
internal sealed record AltChunkContent(string? Text, WordprocessingDocument? Document, Msg? Problem)
{
    /// <summary>The embedded content is missing: a catalog message whose English is the technical reason.</summary>
    public static AltChunkContent Failed(string reason) => new(null, null, Msg.Of("problem.docx_chunk_missing", ("detail_en", reason)));
}
