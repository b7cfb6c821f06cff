using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Ocr;

/// <summary>Placeholder until the reader lands: reports that the format is not read yet.</summary>
public sealed class ImageReader : IDocumentReader
{
    public string Format => SourceFormat.Image;

    public bool CanRead(SniffedType type) => type is SniffedType.Png or SniffedType.Jpeg or SniffedType.Tiff;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken) =>
        throw new DocumentReadException("Extraction.Ocr", "this format is not read yet");
}
