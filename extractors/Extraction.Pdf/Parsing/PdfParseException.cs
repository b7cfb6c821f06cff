using Extraction.Reading;

namespace Extraction.Pdf.Parsing;

/// <summary>A structural error in a PDF, with the byte offset where it was found. It is a
/// <see cref="DocumentReadException"/> (stage "pdf"), so it may cross the reader boundary as it is.</summary>
internal class PdfParseException : DocumentReadException
{
    public PdfParseException(string message, long offset = -1, Exception? innerException = null)
        : base("pdf", offset >= 0 ? $"{message} (at byte {offset})" : message, innerException)
    {
        Offset = offset;
    }

    /// <summary>Byte offset in the file or decoded stream, or -1 when unknown.</summary>
    public long Offset { get; }
}
