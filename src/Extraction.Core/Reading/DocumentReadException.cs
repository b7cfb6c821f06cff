namespace Extraction.Reading;

/// <summary>The one exception type readers let escape: the file cannot be read, with a message that
/// says what was expected, what was found and where (offset, part or element).</summary>
public class DocumentReadException : Exception
{
    public DocumentReadException()
    {
        Stage = "read";
    }

    public DocumentReadException(string message)
        : this("read", message)
    {
    }

    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Stage = "read";
    }

    public DocumentReadException(string stage, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Stage = stage;
    }

    /// <summary>Pipeline stage for the problem record ("pdf", "docx", "html", "ocr", ...).</summary>
    public string Stage { get; }
}
