using System.Globalization;

namespace Extraction.Word;

/// <summary>The character a w:sym shows. Symbol fonts store their glyphs at U+F020–U+F0FF (or 0x20–0xFF):
/// the Symbol font's math signs, Greek letters and digits, and the check boxes of Wingdings and
/// Wingdings 2 (forms mark "☑是 □否" this way) are mapped to Unicode; other private-use glyphs show
/// nothing, because they carry no text. A character outside the private-use block is itself.</summary>
internal static class SymbolChar
{
    /// <summary>Symbol font 0x20–0x7E; '\0' where the glyph is a drawing piece, not a character.</summary>
    private const string SymbolLow =
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\0αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼";

    private static readonly Dictionary<int, string> SymbolHigh = new()
    {
        [0xA2] = "′", [0xA3] = "≤", [0xA4] = "⁄", [0xA5] = "∞", [0xAB] = "↔", [0xAC] = "←", [0xAD] = "↑", [0xAE] = "→",
        [0xAF] = "↓", [0xB0] = "°", [0xB1] = "±", [0xB2] = "″", [0xB3] = "≥", [0xB4] = "×", [0xB5] = "∝", [0xB6] = "∂",
        [0xB7] = "•", [0xB8] = "÷", [0xB9] = "≠", [0xBA] = "≡", [0xBB] = "≈", [0xBC] = "…", [0xC6] = "∅", [0xC7] = "∩",
        [0xC8] = "∪", [0xCE] = "∈", [0xCF] = "∉", [0xD0] = "∠", [0xD2] = "®", [0xD3] = "©", [0xD4] = "™", [0xD5] = "∏",
        [0xD6] = "√", [0xD7] = "⋅", [0xD8] = "¬", [0xD9] = "∧", [0xDA] = "∨", [0xDE] = "⇒", [0xE5] = "∑", [0xF2] = "∫",
    };

    private static readonly Dictionary<int, string> Wingdings = new()
    {
        [0x6F] = "□", [0xA8] = "□", [0xFB] = "✗", [0xFC] = "✓", [0xFD] = "☒", [0xFE] = "☑",
    };

    private static readonly Dictionary<int, string> Wingdings2 = new()
    {
        [0x4F] = "✗", [0x50] = "✓", [0x52] = "☑", [0x54] = "☒", [0xA3] = "□",
    };

    /// <summary>The text of a w:sym with its w:font and w:char (hexadecimal) attributes.</summary>
    public static string Of(string? font, string? hex)
    {
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || code is <= 0 or > 0xFFFF)
        {
            return string.Empty;
        }

        var fontName = font?.Trim() ?? string.Empty;
        var symbolFont = fontName.Equals("Symbol", StringComparison.OrdinalIgnoreCase);
        var wingdings = fontName.Equals("Wingdings", StringComparison.OrdinalIgnoreCase);
        var wingdings2 = fontName.Equals("Wingdings 2", StringComparison.OrdinalIgnoreCase);
        var low = code is >= 0xF000 and <= 0xF0FF ? code - 0xF000 : code <= 0xFF && (symbolFont || wingdings || wingdings2) ? code : -1;
        if (low < 0)
        {
            return code is >= 0xD800 and <= 0xDFFF or >= 0xE000 and <= 0xF8FF ? string.Empty : ((char)code).ToString();
        }

        if (wingdings)
        {
            return Wingdings.GetValueOrDefault(low, string.Empty);
        }

        if (wingdings2)
        {
            return Wingdings2.GetValueOrDefault(low, string.Empty);
        }

        if (!symbolFont)
        {
            // Another symbol font: its private-use glyphs are pictures.
            return string.Empty;
        }

        if (low is >= 0x20 and <= 0x7E)
        {
            var c = SymbolLow[low - 0x20];
            return c == '\0' ? string.Empty : c.ToString();
        }

        return SymbolHigh.GetValueOrDefault(low, string.Empty);
    }
}
