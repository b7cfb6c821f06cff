namespace Extraction.Pdf.Parsing;

/// <summary>An unexpected exception inside the reader (a bug met by odd input), converted at the API
/// boundary so that only typed errors escape. The fuzz harness counts these as crashes.</summary>
internal sealed class PdfInternalErrorException : PdfParseException
{
    public PdfInternalErrorException(Exception innerException)
        : base($"internal PDF reader error ({innerException.GetType().Name}: {innerException.Message})", -1, innerException, "problem.pdf_internal")
    {
    }
}
