using Extraction.Results;

namespace Extraction.Rules.Facts;

/// <summary>The rules-only baseline: a stated qualifier conflict (another year, scope or category) or a part and its
/// whole is never one quantity; an equal measure core is (0.9), a contained or alike one (0.6), a heading over the
/// first amount of its section (0.8), and the same digits in another money unit (0.9). Values that do not meet
/// link only when they differ like a misprint or a unit slip: different values are usually different quantities.</summary>
internal sealed class RuleLinkScorer : ILinkScorer
{
    /// <summary>The score of a sentence linked to a table's total by its key (both scorers give it: the model never
    /// learned such pairs).</summary>
    internal const double TotalLink = 0.9;

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

        if (f.Conflict)
        {
            return 0;
        }

        if (pair.Via == "total")
        {
            // A table's total under the sentence's own key (FactLinker.TotalPairs): one value, whatever the gap.
            return TotalLink;
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

        if (f.Meet > 0 || f.UnitSlip > 0 || SureUnitSlip(pair, measure))
        {
            return measure;
        }

        // A conflict needs a misprint shape, a key printed with no third value, and at least three significant
        // digits (two-digit values differ by one digit all the time); a shorter figure is taken only on a sure link
        // between text and a cell or heading: an equal core, or two exact counts in one unit whose cores are alike
        // (组织业务培训N期 vs the row 培训期数（期）) unless the row names more than the sentence (a row "X竞赛赛项" is one
        // contest of those "赛项" counts); and never when only one names a category (the same, said by a category).
        var counts = FactValues.ExactCount(pair.A) && FactValues.ExactCount(pair.B) && f.SameUnit > 0 && RowNoNarrower(pair.A, pair.B);
        var sure = f.Money == 0 && f.Origins is 1 or 3 && (measure >= 0.8 || counts) && (pair.A.Category is null) == (pair.B.Category is null);
        return f.Misprint > 0 && f.Values <= 2 && (f.Digits >= 3 || sure) ? measure : 0;
    }

    /// <summary>A money unit slip of three significant digits ("6.78元" where the 元 table says 67,812.34): too short to
    /// trust by the digits alone, taken when the words link a sentence to a cell surely (equal core, no category on one
    /// side only).</summary>
    internal static bool SureUnitSlip(FactPair pair, double measure) =>
        measure >= 0.8 && pair.Via == "measure" && pair.Features.Origins == 1 && (pair.A.Category is null) == (pair.B.Category is null)
        && FactValues.UnitSlip(pair.A, pair.B, 3);

    /// <summary>The cell's measure is the other's or the head the other ends with (业务培训 is a kind of the row's 培训).</summary>
    private static bool RowNoNarrower(Fact a, Fact b)
    {
        var (cell, other) = a.Origin == "cell" ? (a, b) : (b, a);
        return other.Core.EndsWith(cell.Core, StringComparison.Ordinal);
    }
}
