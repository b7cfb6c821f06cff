using Extraction.Model;
using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>Reads kind, department, year, evaluator, stated total and grade.</summary>
public interface IMetadataExtractor
{
    DocumentMetadata Extract(Document document, IReadOnlyList<ScoreTable> scoreTables);
}
