using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Parsing;

/// <summary>One content-stream operation: operator keyword ("Tj", "cm", …) with its operands in order.
/// An inline image is one operation "BI" whose single operand is the image dictionary (keys as written,
/// abbreviations kept) and whose <see cref="InlineImageData"/> holds the bytes between ID and EI.</summary>
internal sealed record ContentOperation(string Operator, IReadOnlyList<PdfObject> Operands, long Offset)
{
    public ReadOnlyMemory<byte> InlineImageData { get; init; }
}
