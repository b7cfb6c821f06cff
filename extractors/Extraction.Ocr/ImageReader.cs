using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Ocr;

/// <summary>Image files (.png, .jpg, .tif) are one page with no text layer: the reader marks the page
/// <see cref="PageKind.NeedsOcr"/> and the pipeline's recogniser reads it.</summary>
public sealed class ImageReader : IDocumentReader
{
    public string Format => SourceFormat.Image;

    public bool CanRead(SniffedType type) => type is SniffedType.Png or SniffedType.Jpeg or SniffedType.Tiff;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken)
    {
        if (file.Length > options.MaxFileBytes)
        {
            throw new DocumentReadException("ocr", $"{file.Name}: expected an image of at most {options.MaxFileBytes:N0} bytes, found {file.Length:N0}");
        }

        return new Document(Format, [new Page(1, [], Kind: PageKind.NeedsOcr)], []);
    }
}
