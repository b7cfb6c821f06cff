namespace Extraction.Pdf.Fonts;

/// <summary>A single-byte font (Type1, TrueType, Type3, MMType1): 256 codes with text from /ToUnicode,
/// else from the encoding's glyph names, and advances from /Widths or the standard-14 metrics.</summary>
internal sealed class SimpleFont : PdfFont
{
    private readonly string?[] _text;
    private readonly double[] _advance;

    public SimpleFont(string?[] text, double[] advance)
    {
        _text = text;
        _advance = advance;
    }

    public override void Decode(ReadOnlySpan<byte> shown, List<DecodedGlyph> into)
    {
        foreach (var b in shown)
        {
            into.Add(new DecodedGlyph(b, _text[b] ?? Undecodable, _advance[b], b == 32));
        }
    }
}
