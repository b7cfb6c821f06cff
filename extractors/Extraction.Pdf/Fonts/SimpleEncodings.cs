using System.Text;

namespace Extraction.Pdf.Fonts;

/// <summary>The base encodings of simple fonts (ISO 32000 Annex D) as code → Unicode tables, and the
/// glyph name each code has (needed when /Differences refers to names).</summary>
internal static class SimpleEncodings
{
    private static readonly Lazy<string?[]> WinAnsiTable = new(BuildWinAnsi);
    private static readonly Lazy<string?[]> StandardTable = new(BuildStandard);
    private static readonly Lazy<string?[]> MacRomanTable = new(BuildMacRoman);

    public static string?[] WinAnsi => WinAnsiTable.Value;

    public static string?[] Standard => StandardTable.Value;

    public static string?[] MacRoman => MacRomanTable.Value;

    /// <summary>The table for a /BaseEncoding or /Encoding name, or null when the name is unknown.</summary>
    public static string?[]? ForName(string? name) => name switch
    {
        "WinAnsiEncoding" => WinAnsi,
        "StandardEncoding" => Standard,
        "MacRomanEncoding" or "MacExpertEncoding" => MacRoman,
        _ => null,
    };

    private static string?[] Ascii()
    {
        var table = new string?[256];
        for (var c = 0x20; c < 0x7F; c++)
        {
            table[c] = ((char)c).ToString();
        }

        return table;
    }

    private static string?[] BuildWinAnsi()
    {
        var table = Ascii();
        for (var c = 0xA0; c <= 0xFF; c++)
        {
            table[c] = ((char)c).ToString();
        }

        const string High = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
                          + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";
        for (var i = 0; i < High.Length; i++)
        {
            table[0x80 + i] = High[i] == '\0' ? null : High[i].ToString();
        }

        // Annex D: WinAnsi shows bullets for undefined codes above 0x7E and a space for 0xA0/0xAD as hyphen.
        table[0x7F] = "\u2022";
        table[0xAD] = "-";
        return table;
    }

    private static string?[] BuildStandard()
    {
        var table = Ascii();
        table[0x27] = "\u2019";
        table[0x60] = "\u2018";
        (int Code, char Char)[] high =
        [
            (0xA1, '¡'), (0xA2, '¢'), (0xA3, '£'), (0xA4, '\u2044'), (0xA5, '¥'), (0xA6, 'ƒ'), (0xA7, '§'), (0xA8, '¤'),
            (0xA9, '\''), (0xAA, '\u201C'), (0xAB, '«'), (0xAC, '\u2039'), (0xAD, '\u203A'), (0xAE, '\uFB01'), (0xAF, '\uFB02'),
            (0xB1, '\u2013'), (0xB2, '\u2020'), (0xB3, '\u2021'), (0xB4, '·'), (0xB6, '¶'), (0xB7, '\u2022'), (0xB8, '\u201A'),
            (0xB9, '\u201E'), (0xBA, '\u201D'), (0xBB, '»'), (0xBC, '\u2026'), (0xBD, '\u2030'), (0xBF, '¿'), (0xC1, '`'),
            (0xC2, '´'), (0xC3, '\u02C6'), (0xC4, '\u02DC'), (0xC5, '¯'), (0xC6, '\u02D8'), (0xC7, '\u02D9'), (0xC8, '¨'),
            (0xCA, '\u02DA'), (0xCB, '¸'), (0xCD, '\u02DD'), (0xCE, '\u02DB'), (0xCF, '\u02C7'), (0xD0, '\u2014'), (0xE1, 'Æ'),
            (0xE3, 'ª'), (0xE8, 'Ł'), (0xE9, 'Ø'), (0xEA, 'Œ'), (0xEB, 'º'), (0xF1, 'æ'), (0xF5, 'ı'), (0xF8, 'ł'), (0xF9, 'ø'),
            (0xFA, 'œ'), (0xFB, 'ß'),
        ];
        foreach (var (code, ch) in high)
        {
            table[code] = ch.ToString();
        }

        return table;
    }

    private static string?[] BuildMacRoman()
    {
        var table = Ascii();
        var mac = CodePagesEncodingProvider.Instance.GetEncoding(10000);
        if (mac is null)
        {
            return table;
        }

        for (var c = 0x80; c <= 0xFF; c++)
        {
            table[c] = mac.GetString([(byte)c]);
        }

        return table;
    }
}
