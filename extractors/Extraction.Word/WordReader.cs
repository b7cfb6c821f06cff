using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Word;

/// <summary>Placeholder until the reader lands: reports that the format is not read yet.</summary>
public sealed class WordReader : IDocumentReader
{
    public string Format => SourceFormat.Docx;

    public bool CanRead(SniffedType type) => type is SniffedType.Docx;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken) =>
        throw new DocumentReadException("Extraction.Word", "this format is not read yet");
}
