using Extraction.Model;

namespace Extraction.Pipeline;

/// <summary>Rewrites a read document's text into the form every later stage expects (a traditional-script page read
/// in simplified forms) before anything reads it; one stage for every reader.</summary>
public interface IDocumentNormaliser
{
    /// <summary>The document normalised; the same instance when nothing changed.</summary>
    Document Normalise(Document document);
}
