using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Html;

/// <summary>Placeholder until the reader lands: reports that the format is not read yet.</summary>
public sealed class HtmlReader : IDocumentReader
{
    public string Format => SourceFormat.Html;

    public bool CanRead(SniffedType type) => type is SniffedType.Html;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken) =>
        throw new DocumentReadException("Extraction.Html", "this format is not read yet");
}
