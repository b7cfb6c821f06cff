using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>Writes batch results (JSON, CSV, SQLite, HTML, ...). Writers must write atomically.</summary>
public interface IResultWriter
{
    void Write(IReadOnlyList<DocumentResult> results, string outputDirectory);
}
