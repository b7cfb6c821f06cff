using Extraction.Model;
using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>A finding that rests on a page read by OCR is a warning at most unless every place it quotes on such a
/// page was read surely (confidence ≥ <see cref="Sure"/>: the recogniser's least sure character of a number): recognition
/// can lose whole rows or misread digits, so the reviewer is sent to the scan instead of being told of an error; but a
/// finding resting on surely read cells is the same finding the text rendering of the report gives, and stays an error.
/// Doubtful readings (a restored decimal point, 0.70) and findings without evidence stay capped.</summary>
internal static class OcrFindingPolicy
{
    /// <summary>Catalog id of the note appended to such a finding.</summary>
    public const string Note = "note.ocr_page";

    /// <summary>Confidence from which an OCR reading is taken as the page says it.</summary>
    public const double Sure = 0.95;

    public static Finding Apply(Finding finding, IReadOnlySet<int> recognisedPages)
    {
        if (finding.Severity <= Severity.Warning || recognisedPages.Count == 0)
        {
            return finding;
        }

        var onScan = finding.Evidence.Count == 0
            || finding.Evidence.Any(e => recognisedPages.Contains(e.Page) && e.Confidence is not >= Sure);
        return onScan
            ? finding with { Severity = Severity.Warning, Message = finding.Message.WithNote(Note) }
            : finding;
    }

    public static IReadOnlySet<int> RecognisedPages(Document document) =>
        document.Pages.Where(p => p.Kind == PageKind.Recognised).Select(p => p.Number).ToHashSet();
}
