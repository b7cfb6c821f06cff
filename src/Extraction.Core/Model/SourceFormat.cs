namespace Extraction.Model;

/// <summary>The contract's format names (CONTRACT.md "source.format").</summary>
public static class SourceFormat
{
    public const string Pdf = "pdf";
    public const string PdfScanned = "pdf-scanned";
    public const string Docx = "docx";
    public const string Html = "html";
    public const string Markdown = "markdown";
    public const string Text = "text";
    public const string Image = "image";

    /// <summary>The format a file's extension names, for records of files that could not be read.</summary>
    public static string FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".pdf" => Pdf,
        ".docx" => Docx,
        ".html" or ".htm" => Html,
        ".md" => Markdown,
        ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff" => Image,
        _ => Text,
    };
}
