using Extraction.Results;
using Extraction.Rules.Rulebooks;
using Extraction.Text;
using FuzzySharp;

namespace Extraction.Rules.Engine;

/// <summary>Picks the rulebook whose rules match most of the document's indicators (at least half), breaking
/// ties by the book's keywords found in the document and its years. A local book must also match the document's
/// indicator system with confidence: its region named in the document, the assessed year within a year of the
/// book's, and the weights its rules imply agreeing with the printed ones; otherwise indicators are scored by their
/// own 评分标准 (indicators sharing names across regions do not share rules).</summary>
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
            .Where(x => x.Coverage >= MinimumCoverage && Confident(x.Book, named, documentText, year))
            .OrderByDescending(x => Math.Round(x.Coverage, 2))
            .ThenByDescending(x => x.Keywords)
            .ThenByDescending(x => x.Year)
            .ToArray();
        return ranked.Length == 0 ? null : ranked[0].Book;
    }

    /// <summary>Region, year and weights of a local book agree with the document.</summary>
    public static bool Confident(Rulebook book, IReadOnlyList<Indicator> indicators, string documentText, int? year)
    {
        if (book.Scope == "national")
        {
            return true;
        }

        if (book.Keywords.Count > 0 && !book.Keywords.Any(k => documentText.Contains(k, StringComparison.Ordinal)))
        {
            return false;
        }

        if (year is { } y && book.Years.Count > 0 && (y < book.Years.Min() - 1 || y > book.Years.Max() + 1))
        {
            return false;
        }

        var compared = 0;
        var agreeing = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Weight is { } weight && Match(book, indicator) is { } rule && MaxPoints(rule) is { } points)
            {
                compared++;
                agreeing += points == weight ? 1 : 0;
            }
        }

        // Weights moved by a verifier (a few rows) are tolerated; another framework's weights are not.
        return compared < 3 || agreeing * 3 >= compared * 2;
    }

    /// <summary>The most a rule can give when the rule itself says (points, bands, tiers, parts); null when the rule
    /// takes the indicator's weight.</summary>
    private static decimal? MaxPoints(RuleSpec rule)
    {
        if (rule.Points is { } p)
        {
            return p;
        }

        if (rule.Shape == "sum" && rule.Parts.Count > 0)
        {
            var parts = rule.Parts.Select(MaxPoints).ToArray();
            return parts.All(x => x is not null) ? parts.Sum() : null;
        }

        if (rule.Bands.Count > 0)
        {
            return rule.Bands.Max(b => b.Points);
        }

        return rule.Values.Count > 0 ? rule.Values.Max() : null;
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
