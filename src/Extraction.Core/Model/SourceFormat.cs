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
}
