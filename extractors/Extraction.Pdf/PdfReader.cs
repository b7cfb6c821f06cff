using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Pdf;

/// <summary>Placeholder until the reader lands: reports that the format is not read yet.</summary>
public sealed class PdfReader : IDocumentReader
{
    public string Format => SourceFormat.Pdf;

    public bool CanRead(SniffedType type) => type is SniffedType.Pdf;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken) =>
        throw new DocumentReadException("Extraction.Pdf", "this format is not read yet");
}
