using Extraction.Model;
using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>A finding that rests on a page read by OCR is a warning at most: recognition can lose whole rows or
/// misread digits with high reported confidence, so the reviewer is sent to the scan instead of being told of an error.</summary>
internal static class OcrFindingPolicy
{
    /// <summary>Catalog id of the note appended to such a finding.</summary>
    public const string Note = "note.ocr_page";

    public static Finding Apply(Finding finding, IReadOnlySet<int> recognisedPages)
    {
        if (finding.Severity <= Severity.Warning || recognisedPages.Count == 0)
        {
            return finding;
        }

        var onScan = finding.Evidence.Count == 0 || finding.Evidence.Any(e => recognisedPages.Contains(e.Page));
        return onScan
            ? finding with { Severity = Severity.Warning, Message = finding.Message.WithNote(Note) }
            : finding;
    }

    public static IReadOnlySet<int> RecognisedPages(Document document) =>
        document.Pages.Where(p => p.Kind == PageKind.Recognised).Select(p => p.Number).ToHashSet();
}
