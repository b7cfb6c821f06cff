
using Extraction.Generator.Build;
using Extraction.Generator.Model;

namespace Extraction.Generator.Mutation;

/// <summary>The ways people get a number wrong, applied to a mention's printed digits. Each returns the new printed
/// number and unit suffix, or null when it does not apply to this mention.</summary>
public static class Operators
{
    public static readonly IReadOnlyList<string> Numeric = ["digit_slip", "transposition", "last_place", "unit_slip", "dropped_digit", "doubled_digit"];

    public static (string Number, string Suffix)? Apply(string op, Mention m, Draw d, decimal? weight)
    {
        var n = m.Number;
        var digits = Enumerable.Range(0, n.Length).Where(i => char.IsDigit(n[i])).ToArray();
        switch (op)
        {
            case "digit_slip":
                {
                    var i = d.Pick(digits);
                    var c = (char)('0' + ((n[i] - '0' + (d.Chance(0.5) ? 1 : 9)) % 10));
                    return Keep(Set(n, i, c), m);
                }

            case "transposition":
                {
                    // A swap that would put a zero in front ("302" → "032") is not a slip anyone prints.
                    var pairs = digits.Where(i => digits.Contains(i + 1) && n[i] != n[i + 1] && !(i == digits[0] && n[i + 1] == '0')).ToArray();
                    if (pairs.Length == 0)
                    {
                        return null;
                    }

                    var i = d.Pick(pairs);
                    return Keep(Set(Set(n, i, n[i + 1]), i + 1, n[i]), m);
                }

            case "last_place":
                {
                    var step = Step(m.Decimals);
                    var v = Numbers.Parse(n) + (d.Chance(0.5) || Numbers.Parse(n) < step ? step : -step);
                    return Keep(Numbers.Format(v, m.Decimals, n.Contains(',', StringComparison.Ordinal)), m);
                }

            case "unit_slip":
                return m.Suffix switch
                {
                    "万元" => (n, "元"),
                    "元" => (n, "万元"),
                    _ => null,
                };
            case "dropped_digit":
                {
                    var candidates = digits.Where(i => Numbers.DecimalsOf(n) == 0 || i < n.IndexOf('.', StringComparison.Ordinal)).ToArray();
                    if (candidates.Length < 2)
                    {
                        return null;
                    }

                    var i = d.Pick(candidates);
                    return Keep(Regroup(n.Remove(i, 1), n), m);
                }

            case "doubled_digit":
                {
                    var candidates = digits.Where(i => Numbers.DecimalsOf(n) == 0 || i < n.IndexOf('.', StringComparison.Ordinal)).ToArray();
                    var i = d.Pick(candidates);
                    return Keep(Regroup(n.Insert(i, n[i].ToString()), n), m);
                }

            case "other_value":
                {
                    // Not a slip of the pen: another figure altogether (a draft's, another table's), 5–40 % away.
                    var v = Numbers.Parse(n);
                    var factor = d.Chance(0.5) ? d.Dec(0.60m, 0.95m, 2) : d.Dec(1.05m, 1.40m, 2);
                    return Keep(Numbers.Format(Numbers.Round(v * factor, m.Decimals), m.Decimals, n.Contains(',', StringComparison.Ordinal)), m);
                }

            case "score_above_weight":
                if (weight is not { } w)
                {
                    return null;
                }

                var above = w + d.Pick<decimal>([0.5m, 1m, 2m]);
                return Keep(Numbers.Format(above, Math.Max(m.Decimals, above == decimal.Truncate(above) ? 0 : 1), false), m);
            case "off_criterion":
                if (weight is not { } ww || ww < 1)
                {
                    return null;
                }

                var other = Numbers.Round(ww * d.Pick<decimal>([0.5m, 0.6m, 0.75m, 0.9m]), 2);
                return other == m.Value ? null : Keep(Numbers.Format(other, Math.Max(2, m.Decimals), false), m);
            default:
                return null;
        }
    }

    public static string WrongGrade(string grade, Draw d) =>
        d.Pick(new[] { "优", "良", "中", "差" }.Where(g => g != grade).ToArray());

    private static (string, string) Keep(string number, Mention m) => (number, m.Suffix);

    private static string Set(string s, int i, char c) => string.Concat(s.AsSpan(0, i), c.ToString(), s.AsSpan(i + 1));

    private static decimal Step(int decimals)
    {
        var s = 1m;
        for (var i = 0; i < decimals; i++)
        {
            s /= 10m;
        }

        return s;
    }

    /// <summary>Re-inserts thousands separators after a digit was dropped or doubled in a grouped number.</summary>
    private static string Regroup(string changed, string original)
    {
        if (!original.Contains(',', StringComparison.Ordinal))
        {
            return changed.TrimStart('0') is { Length: > 0 } t && !t.StartsWith('.') ? t : changed;
        }

        var bare = changed.Replace(",", "", StringComparison.Ordinal);
        var v = Numbers.Parse(bare);
        return Numbers.Format(v, Numbers.DecimalsOf(bare), true);
    }

}
