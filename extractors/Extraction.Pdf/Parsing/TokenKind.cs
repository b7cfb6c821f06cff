namespace Extraction.Pdf.Parsing;

internal enum TokenKind
{
    EndOfInput,
    Integer,
    Real,
    String,
    HexString,
    Name,
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,

    /// <summary>Any other run of regular characters: obj, endobj, stream, R, true, false, null, content operators.</summary>
    Keyword,
}
