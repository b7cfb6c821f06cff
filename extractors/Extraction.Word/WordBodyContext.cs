using DocumentFormat.OpenXml.Packaging;
using Extraction.Reading;
using Extraction.Word.Numbering;

namespace Extraction.Word;

/// <summary>What a body walker reads with: the part that owns the body (for altChunk relationships), its
/// styles and list definitions, the limits, and how deep in embedded altChunk documents it is.</summary>
internal sealed record WordBodyContext(
    MainDocumentPart Part, WordStyles Styles, WordNumbering Numbering, ReaderOptions Options, int ChunkDepth, CancellationToken CancellationToken);
