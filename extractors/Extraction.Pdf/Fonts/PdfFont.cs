namespace Extraction.Pdf.Fonts;

/// <summary>A font as the text layer needs it: shown bytes → glyphs with text and advances.</summary>
internal abstract class PdfFont
{
    public const string Undecodable = "\uFFFD";

    /// <summary>Vertical writing (Identity-V and other -V CMaps): glyphs advance down.</summary>
    public virtual bool IsVertical => false;

    /// <summary>Whether text from this font could be decoded at all (a font with no usable mapping
    /// still yields glyphs, all U+FFFD).</summary>
    public abstract void Decode(ReadOnlySpan<byte> shown, List<DecodedGlyph> into);
}
