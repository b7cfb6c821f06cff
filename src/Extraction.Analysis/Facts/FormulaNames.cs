using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Analysis.Facts;

/// <summary>The names a printed formula gives its operands: "预算执行率=全年执行数÷全年预算数×100%=4528.87÷5426.39×100%=83.46%",
/// "核减分数=自评得分-核查得分=87.71分-85.70分=2.00分". The words before the numbers, back to the previous "=", are the same
/// expression in words; term i of it names operand i when both have as many terms and the term is words only.</summary>
internal static partial class FormulaNames
{
    public sealed record Named(string Name, string? Unit);

    /// <param name="norm">The sentence's normalised text.</param>
    /// <param name="sentenceStart">Where the sentence starts.</param>
    /// <param name="start">Where the numeric expression starts.</param>
    /// <param name="resultStart">Where its result starts (after "=").</param>
    /// <returns>One entry per numeric term of the expression (null where the words name none), or null.</returns>
    public static IReadOnlyList<Named?>? Of(string norm, int sentenceStart, int start, int resultStart)
    {
        var before = norm[sentenceStart..start].TrimEnd();
        if (!before.EndsWith('=') && !before.EndsWith('＝'))
        {
            return null;
        }

        var words = before.TrimEnd('=', '＝', ' ');
        var cut = words.LastIndexOfAny(['=', '＝', '，', ',', '：', ':', '；']);
        words = words[(cut + 1)..];
        var numeric = norm[start..resultStart].TrimEnd().TrimEnd('=', '＝');
        var wordTerms = Terms(words);
        var numberTerms = Terms(numeric);
        if (wordTerms.Count != numberTerms.Count || wordTerms.Count < 2)
        {
            return null;
        }

        var named = new Named?[numberTerms.Count];
        var any = false;
        for (var i = 0; i < numberTerms.Count; i++)
        {
            var w = wordTerms[i];
            var n = NumberTerm().Match(numberTerms[i]);
            if (!n.Success || w.Any(char.IsAsciiDigit) || !w.Any(c => c is >= '\u4e00' and <= '\u9fff'))
            {
                continue;
            }

            named[i] = new Named(w, n.Groups["u"].Success ? n.Groups["u"].Value : null);
            any = true;
        }

        return any ? named : null;
    }

    private static List<string> Terms(string expression) =>
        Operator().Split(expression).Select(t => t.Trim(' ', '(', ')', '（', '）', '[', ']')).Where(t => t.Length > 0).ToList();

    [GeneratedRegex(@"[+\-−×xX*÷/]")]
    private static partial Regex Operator();

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<u>%|分|万元|元)?$")]
    private static partial Regex NumberTerm();
}
