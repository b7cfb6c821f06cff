using System.Globalization;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Messages;

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
            throw new DocumentReadException("ocr", Msg.Of("problem.image_too_large", ("max", options.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)), ("found", file.Length.ToString("N0", CultureInfo.InvariantCulture))));
        }

        return new Document(Format, [new Page(1, [], Kind: PageKind.NeedsOcr)], []);
    }
}
