using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Markdown;

/// <summary>Placeholder until the reader lands: reports that the format is not read yet.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    public string Format => SourceFormat.Markdown;

    public bool CanRead(SniffedType type) => type is SniffedType.Markdown or SniffedType.Text;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken) =>
        throw new DocumentReadException("Extraction.Markdown", "this format is not read yet");
}
