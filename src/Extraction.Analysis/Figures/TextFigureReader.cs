using System.Text.RegularExpressions;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.Figures;

/// <summary>Reads the labelled figures and printed formulas of one paragraph (or one table cell's text).
/// Sentences split on 。；！？, clauses on ，：; a number's label is the text between the clause start (or the
/// previous figure) and the number, cleaned by <see cref="LabelRules"/>; "分别为" lists share out their head.</summary>
internal static partial class TextFigureReader
{
    private const int MaxQuote = 160;

    public static void Read(string text, FigureSource source, List<Figure> figures, List<PrintedFormula> formulas)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var norm = string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = TextNormalizer.ToHalfWidth(t[i]);
            }
        });

        foreach (var (ss, se) in Split(norm, 0, norm.Length, SentenceEnd()))
        {
            ReadSentence(text, norm, ss, se, source, figures, formulas);
        }
    }

    private static void ReadSentence(string text, string norm, int ss, int se, FigureSource source, List<Figure> figures, List<PrintedFormula> formulas)
    {
        var quote = Quote(text, ss, se);
        var formulaMatches = FormulaScanner.Scan(norm, ss, se).ToArray();
        foreach (var f in formulaMatches)
        {
            formulas.Add(new PrintedFormula(text[f.Start..f.End].Trim(), f.Operands, f.Result with { Text = text.Substring(f.ResultStart, f.Result.Text.Length) }, f.Unit, Evidence(source, quote)));
        }

        string? previousLabel = null;
        string? previousClause = null;
        foreach (var (cs, ce) in Split(norm, ss, se, ClauseEnd()))
        {
            var clauseQuote = quote.Length <= MaxQuote ? quote : text[cs..ce].Trim();
            var numbers = NumberScanner.Scan(norm, cs, ce)
                .Where(n => !formulaMatches.Any(f => n.Start >= f.Start && n.Start < f.ResultStart))
                .ToArray();
            if (numbers.Length == 0)
            {
                previousClause = norm[cs..ce];
                continue;
            }

            var shared = Distributive.Labels(norm, cs, ce, numbers);
            var regionStart = cs;
            for (var i = 0; i < numbers.Length; i++)
            {
                var n = numbers[i];
                var formula = formulaMatches.FirstOrDefault(f => f.ResultStart <= n.Start && n.Start < f.End);
                var labelEnd = formula?.Start ?? n.Start;
                var region = norm[Math.Min(regionStart, labelEnd)..labelEnd];
                var label = shared?[i] ?? LabelRules.Clean(region);
                if (label.StartsWith('占') && previousLabel is not null)
                {
                    label = previousLabel + label + "比例";
                }

                if (LabelRules.IsEmpty(label) && previousClause is not null)
                {
                    label = LabelRules.Clean(previousClause);
                }

                regionStart = n.End;
                var unit = n.Unit ?? (label.EndsWith('分') ? "分" : null);
                if (LabelRules.IsEmpty(label) || unit is null || !PrintedNumber.TryParse(n.Number, out var value))
                {
                    continue;
                }

                var approximate = Approximate(norm, region, n.End, ce);
                figures.Add(new Figure(label, value.Value, text[n.Start..n.End].Trim(), unit, Evidence(source, clauseQuote))
                {
                    Decimals = value.Decimals,
                    ValueYuan = Units.YuanFactor(unit) is { } factor ? value.Value * factor : null,
                    Origin = source.Origin,
                    Approximate = approximate,
                });
                if (!label.Contains('占', StringComparison.Ordinal))
                {
                    previousLabel = label;
                }
            }

            previousClause = null;
        }
    }

    private static bool Approximate(string norm, string region, int end, int clauseEnd)
    {
        var r = region.TrimEnd();
        if (r.EndsWith('约') || r.EndsWith('≈') || r.EndsWith("约为", StringComparison.Ordinal) || r.EndsWith('近') || r.EndsWith("大约", StringComparison.Ordinal))
        {
            return true;
        }

        var rest = norm[end..clauseEnd].TrimStart();
        return rest.StartsWith("左右", StringComparison.Ordinal) || rest.StartsWith("上下", StringComparison.Ordinal);
    }

    private static Evidence Evidence(FigureSource source, string quote) => new(source.Page, quote)
    {
        Box = source.Box,
        Cell = source.Cell,
        Confidence = source.Confidence,
    };

    /// <summary>The sentence, trimmed, as an exact substring of the paragraph.</summary>
    private static string Quote(string text, int start, int end) => text[start..end].Trim();

    /// <summary>The spans of norm[start..end] between separator matches. Shared with the fact walk.</summary>
    internal static IEnumerable<(int Start, int End)> Split(string norm, int start, int end, Regex separators)
    {
        var from = start;
        foreach (Match m in separators.Matches(norm[..end], start))
        {
            if (m.Index > from)
            {
                yield return (from, m.Index);
            }

            from = m.Index + m.Length;
        }

        if (end > from)
        {
            yield return (from, end);
        }
    }

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();

    /// <summary>Clause ends: commas, and colons not inside a number ("12:30" is rare in these reports).</summary>
    [GeneratedRegex(@"[，,：:](?!\d{3}(?:\D|$))")]
    private static partial Regex ClauseEnd();
}
