using Extraction.Model;

namespace Extraction.Reading;

/// <summary>Turns one file of one format into the shared document model. Readers are named only
/// by the composition root (the CLI); everything downstream sees <see cref="Document"/>.</summary>
public interface IDocumentReader
{
    /// <summary>Contract format name this reader produces (see <see cref="SourceFormat"/>).</summary>
    string Format { get; }

    /// <summary>Whether the sniffed content type belongs to this reader.</summary>
    bool CanRead(SniffedType type);

    /// <summary>Reads the file. Throws only <see cref="DocumentReadException"/> (or cancellation);
    /// recoverable damage becomes <see cref="Document.Problems"/>.</summary>
    Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken);
}
