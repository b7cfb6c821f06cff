using Extraction.Results;
using Extraction.Rules.Rulebooks;
using Extraction.Text;
using FuzzySharp;

namespace Extraction.Rules.Engine;

/// <summary>Picks the rulebook whose rules match most of the document's indicators (at least half), breaking
/// ties by the book's keywords found in the document and its years.</summary>
public static class RulebookSelector
{
    public const double MinimumCoverage = 0.5;

    public static Rulebook? Select(IReadOnlyList<Rulebook> books, IReadOnlyList<Indicator> indicators, string documentText, int? year)
    {
        var named = indicators.Where(i => i.Name.Length > 0).ToArray();
        if (named.Length == 0)
        {
            return null;
        }

        var ranked = books
            .Select(b => (Book: b, Coverage: named.Count(i => Match(b, i) is not null) / (double)named.Length,
                Keywords: b.Keywords.Count(k => documentText.Contains(k, StringComparison.Ordinal)),
                Year: year is { } y && b.Years.Contains(y) ? 1 : 0))
            .Where(x => x.Coverage >= MinimumCoverage)
            .OrderByDescending(x => Math.Round(x.Coverage, 2))
            .ThenByDescending(x => x.Keywords)
            .ThenByDescending(x => x.Year)
            .ToArray();
        return ranked.Length == 0 ? null : ranked[0].Book;
    }

    /// <summary>The book's rule for an indicator: its name or a synonym, exactly, as a prefix, or fuzzily.</summary>
    public static RuleSpec? Match(Rulebook book, Indicator indicator)
    {
        var name = Key(indicator.Name);
        if (name.Length == 0)
        {
            return null;
        }

        return book.Rules.FirstOrDefault(r => r.Names.Any(n => Key(n) == name))
            ?? book.Rules.FirstOrDefault(r => r.Names.Any(n => Key(n).Length >= 4 && (name.StartsWith(Key(n), StringComparison.Ordinal) || Key(n).StartsWith(name, StringComparison.Ordinal)) && name.Length >= 4))
            ?? book.Rules.FirstOrDefault(r => r.Names.Any(n => Key(n).Length >= 4 && Fuzz.Ratio(Key(n), name) >= 88));
    }

    private static string Key(string name)
    {
        var key = TextNormalizer.Key(name);
        var paren = key.IndexOfAny(['(', '（']);
        return paren > 0 ? key[..paren] : key;
    }
}
