using Extraction.Messages;

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

    /// <summary>A reason from the message catalog; <see cref="Exception.Message"/> is its English rendering.</summary>
    public DocumentReadException(string stage, Msg text, Exception? innerException = null)
        : base(text.Render(Language.En), innerException)
    {
        Stage = stage;
        Text = text;
    }

    /// <summary>Pipeline stage for the problem record ("pdf", "docx", "html", "ocr", ...).</summary>
    public string Stage { get; }

    /// <summary>The reason by catalog reference, so a Chinese record never carries an English sentence; null for
    /// an exception raised with a bare message (shown through a generic catalog text).</summary>
    public Msg? Text { get; init; }
}
