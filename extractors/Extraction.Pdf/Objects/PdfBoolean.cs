namespace Extraction.Pdf.Objects;

internal sealed class PdfBoolean : PdfObject
{
    public static PdfBoolean True { get; } = new(true);

    public static PdfBoolean False { get; } = new(false);

    private PdfBoolean(bool value) => Value = value;

    public bool Value { get; }

    public static PdfBoolean Of(bool value) => value ? True : False;
}
