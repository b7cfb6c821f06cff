using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Benchmarks.Ocr;

/// <summary>How much of a page's true text an OCR reading has: characters and digits as multisets
/// (order-free, so table reading order does not count against an engine), and numbers of two or more
/// characters found verbatim. Both sides are NFKC-normalised with whitespace removed.</summary>
internal static partial class TextAgreement
{
    public static (int Truth, int Agreeing) Characters(string truth, string read) => Overlap(Normalise(truth), Normalise(read), _ => true);

    public static (int Truth, int Agreeing) Digits(string truth, string read) => Overlap(Normalise(truth), Normalise(read), char.IsAsciiDigit);

    public static (int Truth, int Found) Numbers(string truth, string read)
    {
        var text = Normalise(read);
        var numbers = Number().Matches(Normalise(truth)).Select(m => m.Value).Where(n => n.Length >= 2).ToList();
        return (numbers.Count, numbers.Count(n => text.Contains(n, StringComparison.Ordinal)));
    }

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static (int, int) Overlap(string truth, string read, Func<char, bool> counted)
    {
        var have = new Dictionary<char, int>();
        foreach (var c in read.Where(counted))
        {
            have[c] = have.GetValueOrDefault(c) + 1;
        }

        int total = 0, agreeing = 0;
        foreach (var c in truth.Where(counted))
        {
            total++;
            if (have.GetValueOrDefault(c) > 0)
            {
                have[c]--;
                agreeing++;
            }
        }

        return (total, agreeing);
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
