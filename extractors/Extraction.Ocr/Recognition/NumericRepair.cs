using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Ocr.Recognition;

/// <summary>Undoes typical OCR damage to printed numbers: full-width digits and signs, spaces inside a
/// number ("1. 5" → "1.5"), letters read for digits (O/o → 0, l/I/| → 1), stray quote marks
/// around a lone number and a point after it. Only text that is clearly numeric is touched.</summary>
internal static partial class NumericRepair
{
    /// <summary>Repairs a table cell. A cell that holds only a (damaged) number is repaired as a whole;
    /// other cells get the in-text repairs of <see cref="RepairText"/>.</summary>
    public static string RepairCell(string text)
    {
        var half = HalfWidthNumeric(text).Trim();
        var core = half.Trim(NoiseMarks);
        // A point after the last digit is a speck of noise read as one ("6." in a score cell): no printed
        // number ends in its decimal point.
        if (core.Length > 1 && core[^1] == '.' && char.IsAsciiDigit(core[^2]))
        {
            core = core.TrimEnd('.').TrimEnd();
        }
        if (core.Length > 0 && LoneNumber().IsMatch(core) && core.Any(char.IsAsciiDigit))
        {
            var compact = new StringBuilder(core.Length);
            foreach (var c in core)
            {
                if (!char.IsWhiteSpace(c))
                {
                    compact.Append(DigitFor(c));
                }
            }

            var repaired = compact.ToString().Replace("..", ".", StringComparison.Ordinal);
            return repaired.Length > 0 ? repaired : half;
        }

        return RepairText(half);
    }

    /// <summary>In running text: full-width digits/signs inside numbers, letters between digits, a dash read
    /// as the ideograph 一 between two numbers ("90%（含）一95%" is the band 90%–95%), and "≈" read as "~"
    /// after a formula's "×100%".</summary>
    public static string RepairText(string text)
    {
        var half = HalfWidthNumeric(text);
        // A letter that sits between digits (or a digit and a decimal point) is a misread digit.
        var digits = LetterInNumber().Replace(half, m => m.Groups[1].Value + DigitFor(m.Groups[2].Value[0]) + m.Groups[3].Value);
        var dashes = DashBetweenNumbers().Replace(digits, "—");
        // "≈" read as "~" after "×100%" (a range cannot start at a factor of a formula).
        return ApproxAfterPercentFactor().Replace(dashes, "≈");
    }

    private static readonly char[] NoiseMarks = ['“', '”', '‘', '’', '"', '\'', '`', '_', '~', '、', '，', ',', '。', ':', ';', '[', ']', '(', ')'];

    private static string HalfWidthNumeric(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '％' => '%',
                '－' or '−' => '-',
                '＋' => '+',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static char DigitFor(char c) => c switch
    {
        'O' or 'o' or 'D' => '0',
        'l' or 'I' or '|' or 'i' => '1',
        'S' => '5',
        'B' => '8',
        _ => c,
    };

    // Whole-cell number: digits with the letters OCR confuses for digits, one decimal point (maybe
    // spaced), an optional sign or trailing percent.
    [GeneratedRegex(@"^[-+]?[0-9OolI|]+(\s*\.\s*[0-9OolI|]+)?\s*%?$")]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"([0-9]\.?)([OolI|])(\.?[0-9])")]
    private static partial Regex LetterInNumber();

    [GeneratedRegex(@"(?<=[×xX*]\s*100\s*%\)?\s*)[~～](?=\s*[0-9])")]
    private static partial Regex ApproxAfterPercentFactor();

    /// <summary>一 right after a number (a digit, %, or the closing bracket of "（含）") and right before a digit.</summary>
    [GeneratedRegex(@"(?<=[0-9%）)])一(?=[0-9])")]
    private static partial Regex DashBetweenNumbers();
}
