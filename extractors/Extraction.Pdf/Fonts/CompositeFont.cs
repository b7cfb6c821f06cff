namespace Extraction.Pdf.Fonts;

/// <summary>A Type0 font: an encoding CMap splits shown bytes into codes and maps them to CIDs; text comes
/// from /ToUnicode, else from the code itself for Unicode CMaps (UniGB-UCS2/UTF16), else from the CID
/// through the character collection's CID→Unicode table (Adobe-GB1).</summary>
internal sealed class CompositeFont : PdfFont
{
    private readonly CMap _encoding;
    private readonly CMap? _toUnicode;
    private readonly CMap? _cidToUnicode;
    private readonly bool _codesAreUnicode;
    private readonly CidWidths _widths;

    public CompositeFont(CMap encoding, CMap? toUnicode, CMap? cidToUnicode, bool codesAreUnicode, CidWidths widths)
    {
        _encoding = encoding;
        _toUnicode = toUnicode;
        _cidToUnicode = cidToUnicode;
        _codesAreUnicode = codesAreUnicode;
        _widths = widths;
    }

    public override bool IsVertical => _encoding.WritingMode == 1;

    public override void Decode(ReadOnlySpan<byte> shown, List<DecodedGlyph> into)
    {
        var i = 0;
        while (i < shown.Length)
        {
            var (code, length) = _encoding.ReadCode(shown, i);
            i += length;
            var cid = _encoding.ToCid(code) ?? 0;
            var text = _toUnicode?.ToUnicode(code);
            if (text is null && _codesAreUnicode && code is > 0 and <= 0xFFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                text = ((char)code).ToString();
            }

            text ??= _cidToUnicode?.ToUnicode((uint)cid);
            if (text is "\uFFFD" or "\0")
            {
                text = null;
            }

            var advance = IsVertical ? 1.0 : _widths.Get(cid) / 1000.0;
            into.Add(new DecodedGlyph(code, text ?? Undecodable, advance, length == 1 && code == 32));
        }
    }
}
