using System.Globalization;
using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Facts;

/// <summary>A fact's value as an interval in a comparable unit (元 for money), read half-up or truncated; an integer
/// count of things is exact.</summary>
internal static class FactValues
{
    public static Interval Of(Fact fact, NumberReading reading = NumberReading.HalfUp)
    {
        if (ExactCount(fact))
        {
            return Interval.Point(fact.Value);
        }

        return Units.Normalise(Interval.Printed(fact.Value, fact.Decimals, reading), fact.Unit);
    }

    /// <summary>An integer count of things (场, 期, 件 …): exact, every digit of it significant.</summary>
    public static bool ExactCount(Fact fact) => (fact.Decimals == 0 && Units.IsCounted(fact.Unit)) || fact.Unit is "期" or "场次";

    /// <summary>Whether the two can be one value: the half-up readings meet, or the truncated reading of either does.
    /// A sentence or formula that restates a printed number in its unit and precision copies its digits (87.70分 and
    /// 87.71分 touch only at the rounding boundary, which neither print covers); two tables' cells may not (a 类 row
    /// summed from rounded 项 rows in one, rounded from 元 in the other: 326.72 vs 326.71 in a real 决算; see also
    /// SameFactCheck, which leaves a restatement of a third mention alone).</summary>
    public static bool Meet(Fact a, Fact b)
    {
        if (a.Unit == b.Unit && a.Decimals == b.Decimals && a.Value != b.Value && (a.Origin != "cell" || b.Origin != "cell"))
        {
            return false;
        }

        return Of(a).Meets(Of(b)) || Of(a, NumberReading.Truncated).Meets(Of(b)) || Of(a).Meets(Of(b, NumberReading.Truncated));
    }

    /// <summary>The kind two facts must share to be one quantity: money, percent, 分, or the count unit itself
    /// (场 and 场次 alike).</summary>
    public static string? Kind(Fact fact) => fact.Unit switch
    {
        null => null,
        "场次" => "场",
        "个百分点" or "百分点" => "pp",
        _ => Units.Kind(fact.Unit),
    };

    /// <summary>Reads like a typing slip of the other: shown at this fact's unit and precision, the other's value
    /// differs by one digit, two swapped neighbours, one digit more or fewer, or one in the last place.</summary>
    public static bool Misprint(Fact a, Fact b) => Slip(a, b) is not SlipKind.None;

    /// <summary>The two differ by a digit dropped or doubled (one digit more or fewer), read either way.</summary>
    public static bool DigitDropped(Fact a, Fact b) => Slip(a, b) is SlipKind.Insertion || Slip(b, a) is SlipKind.Insertion;

    private enum SlipKind
    {
        None,
        Slip,
        Insertion,
    }

    private static SlipKind Slip(Fact a, Fact b)
    {
        var factor = (Units.YuanFactor(a.Unit) ?? 1m) / (Units.YuanFactor(b.Unit) ?? 1m);
        if (factor == 0)
        {
            return SlipKind.None;
        }

        var other = b.Value / factor;
        var da = Digits(a.Value, a.Decimals);
        var db = Digits(Math.Round(other, a.Decimals, MidpointRounding.AwayFromZero), a.Decimals);
        var (sa, sb) = (da.TrimStart('0').Length, db.TrimStart('0').Length);
        if (da == db)
        {
            return SlipKind.None;
        }

        if (sa >= 2 && sb >= 2 && Numbers.Misprint.OneSlip(da, db))
        {
            return SlipKind.Slip;
        }

        // One off in the last printed place, a carry included (79.79 and 79.80).
        if (sa >= 2 && sb >= 2 && a.Decimals > 0 && Math.Abs(a.Value - Math.Round(other, a.Decimals, MidpointRounding.AwayFromZero)) == Interval.Unit(a.Decimals))
        {
            return SlipKind.Slip;
        }

        // A digit dropped or doubled: four significant digits at least for amounts; for two exact counts of things the
        // shorter may be one digit (52 场 printed 2 场, 173 批次 as 17) — how sure the link is decides whether a
        // difference that short is read as a slip (RuleLinkScorer).
        var counts = ExactCount(a) && ExactCount(b);
        return da.Length != db.Length && Math.Min(sa, sb) >= (counts ? 1 : 2) && Math.Max(sa, sb) >= (counts ? 2 : 4)
            && Numbers.Misprint.OneInsertion(da, db) ? SlipKind.Insertion : SlipKind.None;
    }

    /// <summary>The two read the same in one money unit and differ by the other's factor (78.19万元 vs 78.19元).
    /// <paramref name="minDigits"/>: significant digits the slipped figure needs (four unless the link is sure by its
    /// words: see <see cref="RuleLinkScorer"/>).</summary>
    public static bool UnitSlip(Fact a, Fact b, int minDigits = 4) =>
        !a.UnitAssumed && !b.UnitAssumed && Units.YuanFactor(a.Unit) is { } fa && Units.YuanFactor(b.Unit) is { } fb
        && ((fa != fb && Interval.HalfUp(a.Value, a.Decimals).Meets(Interval.HalfUp(b.Value, b.Decimals)))
            || SlipOf(a, fa, b, minDigits) || SlipOf(b, fb, a, minDigits));

    /// <summary>The digits of <paramref name="x"/> (money unit factor <paramref name="fx"/>) are <paramref name="y"/>'s
    /// amount shown in the unit 10 000 times larger or smaller, at x's precision: "35.05元" where the table says
    /// 350,523.03元. Four significant digits at least and not zero (short numbers match some reading by chance).</summary>
    private static bool SlipOf(Fact x, decimal fx, Fact y, int minDigits)
    {
        if (x.Value == 0 || Digits(x.Value, x.Decimals).TrimStart('0').Length < minDigits || Units.YuanFactor(y.Unit) is not { } fy)
        {
            return false;
        }

        foreach (var f in new[] { fx * 10000m, fx / 10000m })
        {
            if (f is 1m or 10000m or 100000000m && Math.Round(y.Value * fy / f, x.Decimals, MidpointRounding.AwayFromZero) == x.Value)
            {
                return true;
            }
        }

        return false;
    }

    private static string Digits(decimal value, int decimals) =>
        new(Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Where(char.IsDigit).ToArray());
}
