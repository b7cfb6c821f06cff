namespace Extraction.Pdf.Objects;

internal sealed class PdfInteger : PdfNumber
{
    private static readonly PdfInteger[] Small = Enumerable.Range(-1, 258).Select(i => new PdfInteger(i)).ToArray();

    private PdfInteger(long value) => Value = value;

    public long Value { get; }

    public override double Double => Value;

    public static PdfInteger Of(long value) => value is >= -1 and <= 256 ? Small[value + 1] : new PdfInteger(value);
}
