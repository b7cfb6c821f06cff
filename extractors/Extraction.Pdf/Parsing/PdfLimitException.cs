namespace Extraction.Pdf.Parsing;

/// <summary>A resource limit was hit (decoded size, nesting depth, work budget): the file is hostile or
/// broken beyond what the reader will spend on it.</summary>
internal sealed class PdfLimitException : PdfParseException
{
    public PdfLimitException(string message, long offset = -1)
        : base(message, offset, null, "problem.pdf_limit")
    {
    }
}
