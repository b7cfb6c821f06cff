using System.Text;
using System.Text.RegularExpressions;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Tests.Corpus;

/// <summary>How extracted score rows and figures are compared with expected ones (also used by the unit tests).</summary>
internal static partial class CorpusMatching
{
    /// <summary>Names compared without whitespace, full-width forms, quotes or leading codes ("A101", "1.", "（一）").</summary>
    public static string NormaliseName(string name)
    {
        var key = TextNormalizer.Key(name);
        key = LeadingCode().Replace(key, string.Empty);
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is not ('“' or '”' or '"' or '\'' or '‘' or '’' or '「' or '」'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Fraction of expected rows found with exact weight and score: matched by normalised lowest-level
    /// name, disambiguated by 一级 name, falling back to the full path.</summary>
    public static double ScoreRowFraction(IReadOnlyList<ExpectedRow> expected, IReadOnlyList<ScoreTable> tables, List<string> misses)
    {
        if (expected.Count == 0)
        {
            return 1;
        }

        var indicators = tables.SelectMany(t => t.Indicators.Select(i => (Indicator: i, Table: t))).ToArray();
        var found = 0;
        foreach (var row in expected)
        {
            var name = NormaliseName(row.Name);
            var candidates = indicators.Where(x => NormaliseName(x.Indicator.Name) == name).ToArray();
            if (candidates.Length > 1 && row.Level1 is { } l1)
            {
                // The same name under another 一级 of the same table is another indicator; a table with another
                // hierarchy (a summary table listing the same indicators) still counts.
                var level1 = NormaliseName(l1);
                candidates = candidates.Where(x => NormaliseName(x.Indicator.Path[0]) == level1
                    || !x.Table.Indicators.Any(i => NormaliseName(i.Path[0]) == level1)).ToArray();
            }

            if (candidates.Length == 0)
            {
                var path = string.Concat(row.Path.Select(NormaliseName));
                candidates = indicators.Where(x => string.Concat(x.Indicator.Path.Select(NormaliseName)) == path).ToArray();
            }

            if (candidates.Any(x => x.Indicator.Weight == row.Weight && x.Indicator.Score == row.Score))
            {
                found++;
            }
            else
            {
                var seen = candidates.Length == 0 ? "no row of that name" : string.Join("; ", candidates.Select(x => $"weight={x.Indicator.WeightText} score={x.Indicator.ScoreText}"));
                misses.Add($"{row} — found {seen}");
            }
        }

        return (double)found / expected.Count;
    }

    /// <summary>Label agreement, lenient but honest: equal after normalisation, or one contains the other
    /// (at least two characters). The truth's parenthesised disambiguation ("项目支出（预算编制）") is not printed
    /// in the document and is dropped first.</summary>
    public static bool LabelMatches(string label, string truthName)
    {
        var a = NormaliseLabel(label);
        var b = NormaliseLabel(Parenthesised().Replace(truthName, string.Empty));
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a == b || (b.Length >= 2 && a.Contains(b, StringComparison.Ordinal)) || (a.Length >= 2 && b.Contains(a, StringComparison.Ordinal));
    }

    public static bool FigureMatches(Figure figure, string truthName, decimal value, string? unit) =>
        figure.Value == value && string.Equals(figure.Unit, unit, StringComparison.Ordinal) && LabelMatches(figure.Label, truthName);

    private static string NormaliseLabel(string text) => NormaliseName(text).Replace("的", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:[A-Za-z]\d*(?=[\u4e00-\u9fff])|\d+(?:\.\d+)*[.、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"[（(][^（）()]*[)）]$")]
    private static partial Regex Parenthesised();
}
