namespace Extraction.Pdf.Fonts;

/// <summary>One shown code: its text (U+FFFD when it cannot be decoded), its advance in text space
/// units (before font size and scaling), and whether it is the single-byte code 32 that word spacing applies to.</summary>
internal readonly record struct DecodedGlyph(uint Code, string Text, double Advance, bool IsWordSpace);
