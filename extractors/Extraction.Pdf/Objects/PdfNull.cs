namespace Extraction.Pdf.Objects;

/// <summary>The null object; also what a missing or unresolvable reference becomes.</summary>
internal sealed class PdfNull : PdfObject
{
    public static PdfNull Instance { get; } = new();

    private PdfNull()
    {
    }
}
