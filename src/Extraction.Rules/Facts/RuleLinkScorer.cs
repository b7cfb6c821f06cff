namespace Extraction.Rules.Facts;

/// <summary>The rules-only baseline: a stated qualifier conflict (another year, scope or category) or a part and its
/// whole is never one quantity; an equal measure core is (0.9), a contained or alike one (0.6), a heading over the
/// first amount of its section (0.8), and the same digits in another money unit (0.9). Values that do not meet
/// link only when they differ like a misprint or a unit slip: different values are usually different quantities.</summary>
internal sealed class RuleLinkScorer : ILinkScorer
{
    public string Name => "rules";

    public double Score(FactPair pair)
    {
        var f = pair.Features;
        if (pair.Via == "unit")
        {
            // The same four or more significant digits in two money units: a coincidence is unlikely whatever the
            // words around them say (the retired unit-clash check's rule).
            return f.UnitSlip > 0 ? 0.9 : 0;
        }

        if (f.Period < 0 || f.Scope < 0 || f.Category < 0 || f.PartWhole > 0)
        {
            return 0;
        }

        var measure = pair.Via switch
        {
            "heading" => 0.8,
            _ => f.CoreEqual > 0 && f.WeakCore == 0 ? 0.9
                : f.CoreContains > 0 || f.CoreDice >= 0.75f ? 0.6
                : 0,
        };
        if (measure == 0)
        {
            return 0;
        }

        if (f.Meet > 0 || f.UnitSlip > 0)
        {
            return measure;
        }

        // A conflict needs a misprint shape, a key printed with no third value, and at least three significant
        // digits (two-digit values differ by one digit all the time); a two-digit count is taken only on a sure link
        // between text and a cell or heading.
        var digits = f.Digits >= 3 || (measure >= 0.8 && f.Money == 0 && f.Origins is 1 or 3);
        return f.Misprint > 0 && f.Values <= 2 && digits ? measure : 0;
    }
}
