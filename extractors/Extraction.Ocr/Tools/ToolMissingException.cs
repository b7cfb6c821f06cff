namespace Extraction.Ocr.Tools;

/// <summary>An external program could not be started (not installed or not on PATH).</summary>
internal sealed class ToolMissingException : Exception
{
    public ToolMissingException()
    {
        Tool = string.Empty;
    }

    public ToolMissingException(string message)
        : base(message)
    {
        Tool = string.Empty;
    }

    public ToolMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Tool = string.Empty;
    }

    public ToolMissingException(string tool, string detail)
        : base($"{tool} could not be started ({detail}); install it with: apt-get install {Packages(tool)}")
    {
        Tool = tool;
    }

    public string Tool { get; }

    public static string Packages(string tool) => tool switch
    {
        "tesseract" => "tesseract-ocr tesseract-ocr-chi-sim",
        "pdftoppm" or "pdfinfo" => "poppler-utils",
        _ => tool,
    };
}
