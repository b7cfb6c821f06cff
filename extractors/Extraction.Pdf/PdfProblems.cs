using System.Globalization;
using Extraction.Messages;

namespace Extraction.Pdf;

/// <summary>Catalog messages for what the PDF reader notes. Most notes are structural repairs whose technical
/// English (object numbers, byte offsets, operators) means nothing to a reviewer: they are written in Chinese as
/// "the file has structural defects, unreadable parts skipped", the English kept as the technical detail.</summary>
internal static class PdfProblems
{
    public static Msg Technical(string english, int? page) => page is { } p
        ? Msg.Of("problem.pdf_page_repaired", ("page", p.ToString(CultureInfo.InvariantCulture)), ("detail_en", english))
        : Msg.Of("problem.pdf_repaired", ("detail_en", english));

    public static Msg Technical(string english) => Technical(english, null);
}
