namespace Extraction.Text;

/// <summary>Text decoded from bytes, the encoding used and how it was chosen
/// ("bom", "declared", "utf-8 valid", "gb18030 fallback", ...).</summary>
public sealed record DecodedText(string Text, string EncodingName, string Evidence);
