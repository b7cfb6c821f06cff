namespace Extraction.Output.Files;

/// <summary>The output folder (or its store) cannot be used: not creatable, not writable, full, or locked by
/// another run. The CLI prints the message on one line and exits 3.</summary>
public sealed class OutputFolderException : Exception
{
    public OutputFolderException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public OutputFolderException()
    {
    }

    public OutputFolderException(string message)
        : base(message)
    {
    }
}
