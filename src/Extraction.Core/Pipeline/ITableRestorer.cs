using Extraction.Model;

namespace Extraction.Pipeline;

/// <summary>Restores the structure readers could not see in their tables (merged cells a converter or a page break
/// flattened) before anything reads them: one stage for every reader.</summary>
public interface ITableRestorer
{
    /// <summary>The document with its tables restored; the same instance when nothing changed.</summary>
    Document Restore(Document document);
}
