using System.Globalization;
using System.Text;

namespace Extraction.Word.Numbering;

/// <summary>Renders a list counter in a w:numFmt as Word displays it. Unknown formats, and values a
/// format cannot show (zero, past ⑳ or 癸), fall back to decimal as Word does.</summary>
internal static class ListNumberFormat
{
    private const string Digits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string Stems = "甲乙丙丁戊己庚辛壬癸";
    private const string Branches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string? format) => format switch
    {
        "none" or "bullet" => string.Empty,
        "decimalZero" => value is >= 0 and < 10 ? "0" + Decimal(value) : Decimal(value),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand" => Counting(value, Digits, "十百千", omitLeadingOne: false),
        "japaneseCounting" => Counting(value, Digits, "十百千", omitLeadingOne: true),
        "chineseLegalSimplified" => Counting(value, LegalDigits, "拾佰仟", omitLeadingOne: false, legal: true),
        "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand" => DigitByDigit(value),
        "ideographTraditional" => Cycle(value, Stems),
        "ideographZodiac" => Cycle(value, Branches),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" or "ideographEnclosedCircle" => Enclosed(value, '\u2460', 20),
        "decimalEnclosedParen" => Enclosed(value, '\u2474', 20),
        "decimalEnclosedFullstop" => Enclosed(value, '\u2488', 20),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(Decimal(value)),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A, B … Z, AA, BB … (the letter repeated once per pass through the alphabet).</summary>
    private static string Letters(int value, char first)
    {
        if (value <= 0)
        {
            return Decimal(value);
        }

        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, Math.Min(((value - 1) / 26) + 1, 64));
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return Decimal(value);
        }

        (int Value, string Text)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (n, text) in numerals)
        {
            while (value >= n)
            {
                sb.Append(text);
                value -= n;
            }
        }

        return sb.ToString();
    }

    /// <summary>Counting with unit characters: 十, 十一, 二十, 一百零一, 一千零二十 (japaneseCounting: 百, 千
    /// without the leading 一; the legal form keeps 壹拾).</summary>
    private static string Counting(int value, string digits, string units, bool omitLeadingOne, bool legal = false)
    {
        if (value is <= 0 or > 9999)
        {
            return value == 0 ? digits[0].ToString() : Decimal(value);
        }

        var sb = new StringBuilder();
        var pendingZero = false;
        for (var power = 3; power >= 0; power--)
        {
            var divisor = (int)Math.Pow(10, power);
            var digit = value / divisor % 10;
            if (digit == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                sb.Append(omitLeadingOne ? string.Empty : "零");
                pendingZero = false;
            }

            // 10–19 read 十一, not 一十一 (the legal form writes 壹拾壹); Japanese drops 一 before every unit (百十).
            var dropOne = digit == 1 && power > 0 && !legal && (omitLeadingOne || (power == 1 && sb.Length == 0));
            if (!dropOne)
            {
                sb.Append(digits[digit]);
            }

            if (power > 0)
            {
                sb.Append(units[power - 1]);
            }
        }

        return sb.ToString();
    }

    private static string DigitByDigit(int value) =>
        value < 0 ? Decimal(value) : string.Concat(Decimal(value).Select(c => Digits[c - '0']));

    private static string Cycle(int value, string symbols) =>
        value >= 1 && value <= symbols.Length ? symbols[value - 1].ToString() : Decimal(value);

    private static string Enclosed(int value, char first, int count) =>
        value >= 1 && value <= count ? ((char)(first + value - 1)).ToString() : Decimal(value);

    private static string FullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c));
}
