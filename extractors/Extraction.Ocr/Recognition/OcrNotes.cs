using System.Globalization;
using Extraction.Messages;

namespace Extraction.Ocr.Recognition;

/// <summary>What a page observation notes (blank page, nothing recognised), kept in the observation cache as a
/// catalog id so the problem is written in the output's language. Notes cached before were English sentences: they
/// are shown through a generic catalog text with the sentence as the English detail.</summary>
internal static class OcrNotes
{
    public const string Blank = "problem.ocr_blank_page";
    public const string NoTextOnPage = "problem.ocr_no_text_page";
    public const string NoTextInImage = "problem.ocr_no_text_image";
    public const string TiffAsIs = "problem.ocr_tiff_as_is";

    public static Msg Message(string note, int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        return note.StartsWith("problem.", StringComparison.Ordinal)
            ? Msg.Of(note, ("page", number))
            : Msg.Of("problem.ocr_note", ("page", number), ("detail_en", note));
    }
}
