using System.Globalization;
using System.Text;

namespace Extraction.Pdf.Fonts;

/// <summary>Glyph name → Unicode (the Adobe Glyph List forms: listed names for Latin letters,
/// digits and punctuation; uniXXXX[YYYY…], uXXXX[XX]; suffixes after '.' dropped; ligatures split on '_').
/// Names that say nothing about the character (g123, cid42, glyph7) give null.</summary>
internal static class GlyphNames
{
    private static readonly Dictionary<string, string> Table = Build();

    public static string? ToUnicode(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (Table.TryGetValue(name, out var text))
        {
            return text;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return ToUnicode(name[..dot]);
        }

        if (name.Contains('_', StringComparison.Ordinal))
        {
            var parts = name.Split('_');
            var sb = new StringBuilder();
            foreach (var part in parts)
            {
                if (ToUnicode(part) is not { } p)
                {
                    return null;
                }

                sb.Append(p);
            }

            return sb.ToString();
        }

        if (name.StartsWith("uni", StringComparison.Ordinal) && name.Length >= 7 && (name.Length - 3) % 4 == 0)
        {
            var sb = new StringBuilder();
            for (var i = 3; i < name.Length; i += 4)
            {
                if (!int.TryParse(name.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit)
                    || unit is >= 0xD800 and <= 0xDFFF)
                {
                    return null;
                }

                sb.Append((char)unit);
            }

            return sb.ToString();
        }

        if (name[0] == 'u' && name.Length is >= 5 and <= 7
            && int.TryParse(name.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp)
            && cp <= 0x10FFFF && cp is not (>= 0xD800 and <= 0xDFFF))
        {
            return char.ConvertFromUtf32(cp);
        }

        return null;
    }

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c.ToString()] = c.ToString();
            table[char.ToLowerInvariant(c).ToString()] = char.ToLowerInvariant(c).ToString();
        }

        string[] digits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var i = 0; i < digits.Length; i++)
        {
            table[digits[i]] = ((char)('0' + i)).ToString();
            table[digits[i] + "oldstyle"] = ((char)('0' + i)).ToString();
            table[digits[i] + "fullwidth"] = ((char)(0xFF10 + i)).ToString();
        }

        // name code-point pairs: ASCII punctuation, Latin-1, WinAnsi and Standard extras, common others.
        const string Pairs =
            "space 20 exclam 21 quotedbl 22 numbersign 23 dollar 24 percent 25 ampersand 26 quotesingle 27 " +
            "parenleft 28 parenright 29 asterisk 2A plus 2B comma 2C hyphen 2D period 2E slash 2F colon 3A " +
            "semicolon 3B less 3C equal 3D greater 3E question 3F at 40 bracketleft 5B backslash 5C " +
            "bracketright 5D asciicircum 5E underscore 5F grave 60 braceleft 7B bar 7C braceright 7D asciitilde 7E " +
            "nbspace A0 nonbreakingspace A0 exclamdown A1 cent A2 sterling A3 currency A4 yen A5 brokenbar A6 section A7 " +
            "dieresis A8 copyright A9 ordfeminine AA guillemotleft AB logicalnot AC sfthyphen AD registered AE " +
            "macron AF degree B0 plusminus B1 twosuperior B2 threesuperior B3 acute B4 mu B5 paragraph B6 " +
            "periodcentered B7 cedilla B8 onesuperior B9 ordmasculine BA guillemotright BB onequarter BC " +
            "onehalf BD threequarters BE questiondown BF Agrave C0 Aacute C1 Acircumflex C2 Atilde C3 Adieresis C4 " +
            "Aring C5 AE C6 Ccedilla C7 Egrave C8 Eacute C9 Ecircumflex CA Edieresis CB Igrave CC Iacute CD " +
            "Icircumflex CE Idieresis CF Eth D0 Ntilde D1 Ograve D2 Oacute D3 Ocircumflex D4 Otilde D5 Odieresis D6 " +
            "multiply D7 Oslash D8 Ugrave D9 Uacute DA Ucircumflex DB Udieresis DC Yacute DD Thorn DE germandbls DF " +
            "agrave E0 aacute E1 acircumflex E2 atilde E3 adieresis E4 aring E5 ae E6 ccedilla E7 egrave E8 " +
            "eacute E9 ecircumflex EA edieresis EB igrave EC iacute ED icircumflex EE idieresis EF eth F0 ntilde F1 " +
            "ograve F2 oacute F3 ocircumflex F4 otilde F5 odieresis F6 divide F7 oslash F8 ugrave F9 uacute FA " +
            "ucircumflex FB udieresis FC yacute FD thorn FE ydieresis FF " +
            "Euro 20AC quotesinglbase 201A florin 192 quotedblbase 201E ellipsis 2026 dagger 2020 daggerdbl 2021 " +
            "circumflex 2C6 perthousand 2030 Scaron 160 guilsinglleft 2039 OE 152 Zcaron 17D quoteleft 2018 " +
            "quoteright 2019 quotedblleft 201C quotedblright 201D bullet 2022 endash 2013 emdash 2014 tilde 2DC " +
            "trademark 2122 scaron 161 guilsinglright 203A oe 153 zcaron 17E Ydieresis 178 fraction 2044 " +
            "fi FB01 fl FB02 ff FB00 ffi FB03 ffl FB04 dotlessi 131 Lslash 141 lslash 142 breve 2D8 dotaccent 2D9 " +
            "ring 2DA hungarumlaut 2DD ogonek 2DB caron 2C7 minus 2212 middot B7 periodcentered B7 " +
            "Alpha 391 Beta 392 Gamma 393 Delta 394 Omega 3A9 alpha 3B1 beta 3B2 gamma 3B3 delta 3B4 mu1 B5 pi 3C0 " +
            "sigma 3C3 summation 2211 product 220F radical 221A infinity 221E approxequal 2248 notequal 2260 " +
            "lessequal 2264 greaterequal 2265 multiply D7 arrowright 2192 arrowleft 2190 arrowup 2191 arrowdown 2193 " +
            "checkmark 2713 uni00A0 A0 figuredash 2012 horizontalbar 2015 quotereversed 201B minute 2032 second 2033 " +
            "ideographicspace 3000 commaaccent 326 Ohm 2126 estimated 212E partialdiff 2202 lozenge 25CA " +
            "degreecentigrade 2103 numero 2116 afii61352 2116 afii00208 2015 afii57636 20AA dotmath 22C5 " +
            "periodhalfwidth FF61 percentfullwidth FF05 commafullwidth FF0C periodfullwidth FF0E colonfullwidth FF1A " +
            "semicolonfullwidth FF1B parenleftfullwidth FF08 parenrightfullwidth FF09";
        var tokens = Pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < tokens.Length; i += 2)
        {
            table[tokens[i]] = char.ConvertFromUtf32(int.Parse(tokens[i + 1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        }

        return table;
    }
}
