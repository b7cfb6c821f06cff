namespace Extraction.Pdf.Parsing;

/// <summary>One lexical token: kind, byte offset, and its value (number, bytes, or text for names and keywords).</summary>
internal readonly record struct PdfToken(TokenKind Kind, long Offset, long Integer = 0, double Real = 0, byte[]? Bytes = null, string? Text = null)
{
    public bool IsKeyword(string keyword) => Kind == TokenKind.Keyword && Text == keyword;

    public override string ToString() => Kind switch
    {
        TokenKind.Integer => Integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TokenKind.Real => Real.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TokenKind.Name => "/" + Text,
        TokenKind.Keyword => Text ?? "",
        TokenKind.String or TokenKind.HexString => "string",
        TokenKind.EndOfInput => "end of data",
        _ => Kind.ToString(),
    };
}
