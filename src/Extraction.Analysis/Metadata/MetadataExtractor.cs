using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Analysis.Metadata;

/// <summary>Placeholder until metadata lands.</summary>
public sealed class MetadataExtractor : IMetadataExtractor
{
    public DocumentMetadata Extract(Document document, IReadOnlyList<ScoreTable> scoreTables) => new(DocumentKind.Other);
}
