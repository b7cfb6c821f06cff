using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Ocr;

/// <summary>Placeholder until OCR lands.</summary>
public sealed class TesseractRecognizer : IPageRecognizer
{
    public bool IsAvailable(out string? reason)
    {
        reason = "OCR is not implemented yet";
        return false;
    }

    public IReadOnlyList<Page> Recognize(SourceFile file, IReadOnlyList<Page> pages, CancellationToken cancellationToken) => pages;
}
