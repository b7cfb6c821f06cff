using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Ocr.Recognition;

/// <summary>Undoes typical OCR damage to printed numbers: full-width digits and signs, spaces inside a
/// number ("1. 5" → "1.5"), letters read for digits (O/o → 0, l/I/| → 1) and stray quote marks
/// around a lone number. Only text that is clearly numeric is touched.</summary>
internal static partial class NumericRepair
{
    /// <summary>Repairs a table cell. A cell that holds only a (damaged) number is repaired as a whole;
    /// other cells get the in-text repairs of <see cref="RepairText"/>.</summary>
    public static string RepairCell(string text)
    {
        var half = HalfWidthNumeric(text).Trim();
        var core = half.Trim(NoiseMarks);
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

    /// <summary>In running text: full-width digits/signs inside numbers, and letters between digits.</summary>
    public static string RepairText(string text)
    {
        var half = HalfWidthNumeric(text);
        // A letter that sits between digits (or a digit and a decimal point) is a misread digit.
        return LetterInNumber().Replace(half, m => m.Groups[1].Value + DigitFor(m.Groups[2].Value[0]) + m.Groups[3].Value);
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
}
