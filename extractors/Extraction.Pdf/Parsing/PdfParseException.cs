using Extraction.Messages;
using Extraction.Reading;

namespace Extraction.Pdf.Parsing;

/// <summary>A structural error in a PDF, with the byte offset where it was found. It is a
/// <see cref="DocumentReadException"/> (stage "pdf"), so it may cross the reader boundary as it is. Its catalog
/// text says in the reviewer's language what kind of failure it is; the English message is the technical detail.</summary>
internal class PdfParseException : DocumentReadException
{
    public PdfParseException(string message, long offset = -1, Exception? innerException = null)
        : this(message, offset, innerException, "problem.pdf_damaged")
    {
    }

    protected PdfParseException(string message, long offset, Exception? innerException, string textId)
        : base("pdf", offset >= 0 ? $"{message} (at byte {offset})" : message, innerException)
    {
        Offset = offset;
        Text = Msg.Of(textId, ("detail_en", Message));
    }

    /// <summary>Byte offset in the file or decoded stream, or -1 when unknown.</summary>
    public long Offset { get; }
}
