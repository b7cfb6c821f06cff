namespace Extraction.Pdf.Fonts;

internal enum CMapTokenKind
{
    End,
    Hex,
    Text,
    Name,
    Number,
    Keyword,
    ArrayStart,
    ArrayEnd,
}

/// <summary>One token of a CMap file (a PostScript subset): hex or literal string bytes, a name,
/// an integer, a keyword or an array bracket. A whole array is one token of kind
/// <see cref="CMapTokenKind.ArrayStart"/> with its <see cref="Items"/> (as the parser hands it on).</summary>
internal readonly record struct CMapToken(
    CMapTokenKind Kind, byte[]? Bytes = null, string? Text = null, long Number = 0, CMapToken[]? Items = null);
