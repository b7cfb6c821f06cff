using System.Globalization;
using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>A finding on a page read by OCR whose stated and computed values differ the way recognition slips
/// differ is not an error or a warning on the product's word: it is info that says to verify against the scan.
/// A lost decimal point (9995 for 99.95: an integer ten to a thousand times a number with decimals) is no typing slip, so it is taken on
/// any reading of the page. A digit lost or doubled (2 for 22, 10 for 100) or digits lost at the end (6,007,852 for
/// 6,007,852.82) is also how a document's own error looks — a planted one too — so it is taken only where the finding
/// rests on a doubtful reading (confidence under <see cref="Evidence.LowConfidence"/>: the recogniser's least sure digit, a point
/// or digit put back from the ink's width); one digit read as another (180 for 100) only where that doubtful reading is
/// the stated number's own. Findings without both values, or off recognised pages, are left alone.</summary>
internal static class OcrSlipPolicy
{
    /// <summary>Catalog id of the note appended to such a finding.</summary>
    public const string Note = "note.ocr_slip";

    /// <summary>Significant digits the shorter of two numbers needs when it is the longer with its last digits lost.</summary>
    private const int MinTruncated = 4;

    public static Finding Apply(Finding finding, IReadOnlySet<int> recognisedPages)
    {
        if (finding.Severity < Severity.Warning || recognisedPages.Count == 0 || finding.Stated is not { } stated || finding.Computed is not { } computed
            || !finding.Evidence.Any(e => recognisedPages.Contains(e.Page)))
        {
            return finding;
        }

        var doubtful = finding.Evidence.Any(e => recognisedPages.Contains(e.Page) && e.Confidence is < Evidence.LowConfidence);
        // One digit read as another (100 as 180) is the commonest recognition slip and the commonest misprint too: taken
        // only where the doubtful reading is the stated number itself, not any other cell the finding quotes.
        var statedDoubtful = finding.Evidence.Any(e => recognisedPages.Contains(e.Page) && e.Confidence is < Evidence.LowConfidence && Prints(e.Quote, stated));
        return LostPoint(stated, computed) || (doubtful && DigitSlip(stated, computed)) || (statedDoubtful && OneDigitMisread(stated, computed))
            ? finding with { Severity = Severity.Info, Message = finding.Message.WithNote(Note) }
            : finding;
    }

    /// <summary>An integer that is a number with decimals times 10, 100 or 1000 (within the integer's rounding): the
    /// decimals' point was lost (9995 for 99.95). Not 10⁴ (万元 ↔ 元 is a unit slip) and not an integer and ten times it
    /// (100 for 10 is a zero doubled, not a point lost).</summary>
    public static bool LostPoint(decimal a, decimal b)
    {
        if (a <= 0 || b <= 0)
        {
            return false;
        }

        var (small, large) = a < b ? (a, b) : (b, a);
        if (large != decimal.Truncate(large) || small == decimal.Truncate(small))
        {
            return false;
        }

        for (var k = 1; k <= 3; k++)
        {
            small *= 10;
            if (Math.Abs(small - large) <= 0.5m)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One digit more or fewer (lost, doubled, or a repeat merged), or one number the other with its last
    /// decimals lost.</summary>
    public static bool DigitSlip(decimal a, decimal b)
    {
        var (x, y) = (Digits(a), Digits(b));
        if (x == y)
        {
            return false;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (longer.Length == shorter.Length + 1)
        {
            for (var i = 0; i < longer.Length; i++)
            {
                if (string.Concat(longer.AsSpan(0, i), longer.AsSpan(i + 1)) == shorter)
                {
                    return true;
                }
            }
        }

        return Truncated(a, b) || Truncated(b, a);
    }

    /// <summary>The same number of places before and after the point and one digit different (100 and 180, 86.21 and
    /// 88.21).</summary>
    public static bool OneDigitMisread(decimal a, decimal b)
    {
        var scale = Math.Max(a.Scale, b.Scale);
        var format = "F" + scale.ToString(CultureInfo.InvariantCulture);
        var (x, y) = (Math.Abs(a).ToString(format, CultureInfo.InvariantCulture), Math.Abs(b).ToString(format, CultureInfo.InvariantCulture));
        return Math.Sign(a) == Math.Sign(b) && x.Length == y.Length && x.Zip(y).Count(p => p.First != p.Second) == 1;
    }

    /// <summary>Whether a quote prints the number (as a whole number in it, thousands separators aside).</summary>
    internal static bool Prints(string quote, decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var plain = quote.Replace(",", string.Empty, StringComparison.Ordinal);
        for (var i = plain.IndexOf(text, StringComparison.Ordinal); i >= 0; i = plain.IndexOf(text, i + 1, StringComparison.Ordinal))
        {
            var end = i + text.Length;
            if ((i == 0 || !(char.IsAsciiDigit(plain[i - 1]) || plain[i - 1] == '.')) && (end == plain.Length || !(char.IsAsciiDigit(plain[end]) || (plain[end] == '.' && end + 1 < plain.Length && char.IsAsciiDigit(plain[end + 1])))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first number is the second cut after its own decimals (6,007,852 of 6,007,852.82), with at least
    /// <see cref="MinTruncated"/> significant digits: the last digits were lost, the rest read as printed.</summary>
    private static bool Truncated(decimal cut, decimal whole)
    {
        if (cut == whole || Digits(cut).Length < MinTruncated)
        {
            return false;
        }

        var unit = 1m;
        for (var i = 0; i < cut.Scale; i++)
        {
            unit /= 10m;
        }

        return decimal.Truncate(whole / unit) * unit == cut;
    }

    /// <summary>The significant digits as printed: no sign, point, leading zeros or zeros after the last decimal.</summary>
    private static string Digits(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return new string(text.Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
    }
}
