using System.Text.RegularExpressions;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Text;

/// <summary>Finds printed formulas "operands = result" in a passage: a run of numbers and operators joined
/// by = or ≈ whose last part is a plain number. Parts that are expressions (≥ 2 operands) are checked
/// against that result.</summary>
public static partial class FormulaScanner
{
    [GeneratedRegex(@"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[+\-−×*/÷()（）%％=＝≈ \u00A0]|万元|元|分)+")]
    private static partial Regex Run();

    /// <summary>Where the printed formulas of a text are (runs joined by = or ≈): their numbers are operands and
    /// results, not figures the text states on their own.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string text)
    {
        foreach (Match m in Run().Matches(text))
        {
            if (m.Value.IndexOfAny(['=', '＝', '≈']) >= 0 && m.Value.Any(char.IsAsciiDigit))
            {
                yield return (m.Index, m.Index + m.Length);
            }
        }
    }

    public sealed record Found(string Expression, ExpressionEvaluator.Result Value, PrintedNumber Result, bool ResultIsPercent, bool Approximate, Evidence Evidence);

    public static IEnumerable<Found> Scan(Passage passage)
    {
        foreach (Match m in Run().Matches(passage.Text))
        {
            var run = m.Value;
            if (run.IndexOfAny(['=', '＝', '≈']) < 0)
            {
                continue;
            }

            var parts = Regex.Split(run, "[=＝≈]");
            var last = parts[^1].Trim().TrimEnd('(', '（', ' ');
            var resultText = last.Replace("万元", string.Empty, StringComparison.Ordinal).Replace("元", string.Empty, StringComparison.Ordinal)
                .Replace("分", string.Empty, StringComparison.Ordinal).Trim();
            var percent = resultText.EndsWith('%') || resultText.EndsWith('％');
            if (!PrintedNumber.TryParse(resultText.TrimEnd('%', '％'), out var result))
            {
                continue;
            }

            var approx = run.Contains('≈', StringComparison.Ordinal);
            foreach (var whole in parts[..^1])
            {
                var part = whole;
                var value = ExpressionEvaluator.Evaluate(part);
                if ((value is null || value.Operands.Count < 2 || value.Operators == 0) && FiguresAfterWords(part) is { } figures)
                {
                    part = figures;
                    value = ExpressionEvaluator.Evaluate(part);
                }

                if (value is null || value.Operands.Count < 2 || value.Operators == 0)
                {
                    continue;
                }

                var expr = part.Trim();
                var evidence = passage.Evidence with { Quote = passage.QuoteAround(m.Index, m.Index + m.Length) };
                yield return new Found(expr, value, result, percent, approx, evidence);
            }
        }
    }

    /// <summary>A part that opens with an operator is the tail of a worded expression ("…÷全年预算数×100%"); when its
    /// ×100% runs straight into a number ("×100%3758.85÷4369.30×100%": the = before the figures lost in recognition),
    /// no expression reads "N%M", so the figures from that number on are an expression of their own. Null otherwise.</summary>
    internal static string? FiguresAfterWords(string part)
    {
        var text = part.TrimStart();
        if (text.Length == 0 || "×*xX÷/+-−".IndexOf(text[0]) < 0)
        {
            return null;
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] is '%' or '％' && char.IsAsciiDigit(text[i + 1]))
            {
                return text[(i + 1)..];
            }
        }

        return null;
    }

    /// <summary>The result as a value comparable with the expression (N% is N/100).</summary>
    public static Interval ResultInterval(Found f, NumberReading reading) =>
        Interval.Printed(f.Result.Value, f.Result.Decimals, reading).Scale(f.ResultIsPercent ? 0.01m : 1m);
}
