using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Pipeline;

/// <summary>Recognises the text of image-only pages (OCR). The composition root hands it the pages a
/// reader marked <see cref="PageKind.NeedsOcr"/>; it returns them as <see cref="PageKind.Recognised"/>.</summary>
public interface IPageRecognizer
{
    /// <summary>Whether the recogniser can run here (engine installed); when not, why.</summary>
    bool IsAvailable(out string? reason);

    IReadOnlyList<Page> Recognize(SourceFile file, IReadOnlyList<Page> pages, CancellationToken cancellationToken);
}
