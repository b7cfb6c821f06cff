namespace Extraction.Pdf.Objects;

internal sealed class PdfReal : PdfNumber
{
    public PdfReal(double value) => Value = value;

    public double Value { get; }

    public override double Double => Value;
}
