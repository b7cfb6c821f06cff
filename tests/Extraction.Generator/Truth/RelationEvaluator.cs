using Extraction.Generator.Build;
using Extraction.Generator.Model;

namespace Extraction.Generator.Truth;

/// <summary>Decides whether a relation can hold between printed mentions, each standing for the interval of values
/// that round to it (half-up): the test a correct checker applies, so a planted change that stays inside rounding is
/// known not to break anything.</summary>
public static class RelationEvaluator
{
    /// <summary>Units whose printed values are defined, not measured and rounded: weights, scores and counts are exact.</summary>
    private static readonly HashSet<string> ExactUnits = ["分", "grade", "人", "处", "个", "人次", "平方米"];

    public static Interval Of(Mention m)
    {
        if (ExactUnits.Contains(m.Unit))
        {
            return Interval.Exact(m.Value);
        }

        var half = 0.5m;
        for (var i = 0; i < m.Decimals; i++)
        {
            half /= 10m;
        }

        var k = Numbers.ToYuan(m.Unit);
        return new Interval((m.Value - half) * k, (m.Value + half) * k);
    }

    /// <summary>The truncation reading (截断): every value whose digits cut at the printed precision are the printed ones.</summary>
    public static Interval Truncated(Mention m)
    {
        if (ExactUnits.Contains(m.Unit))
        {
            return Interval.Exact(m.Value);
        }

        var step = 1m;
        for (var i = 0; i < m.Decimals; i++)
        {
            step /= 10m;
        }

        var k = Numbers.ToYuan(m.Unit);
        return m.Value >= 0 ? new Interval(m.Value * k, (m.Value + step) * k) : new Interval((m.Value - step) * k, m.Value * k);
    }

    public static bool Holds(IReadOnlyDictionary<string, Mention> mentions, Relation r)
    {
        var result = Of(mentions[r.Result]);
        var ops = r.Operands.Select(o => Of(mentions[o])).ToArray();
        switch (r.Op)
        {
            case "sum":
                return result.Meets(ops.Aggregate((a, b) => a + b));
            case "difference":
                return result.Meets(ops[0] - ops[1]);
            case "difference_down":
                return result.Meets(ops[1] - ops[0]);
            case "ratio":
                return Interval.Divide(ops[0], ops[1]) is not { } q || result.Meets(q * 100m);
            case "change":
                return Interval.Divide(ops[0] - ops[1], ops[1]) is not { } c || result.Meets(c * 100m);
            case "change_down":
                return Interval.Divide(ops[1] - ops[0], ops[1]) is not { } cd || result.Meets(cd * 100m);
            case "mean":
                return result.Meets(Interval.Divide(ops.Aggregate((a, b) => a + b), Interval.Exact(ops.Length))!.Value);
            case "le":
                return result.Lo <= ops[0].Hi;
            case "grade":
                var grades = new[] { ops[0].Lo, ops[0].Hi }.Select(DocBuilder.GradeIndex).ToArray();
                return mentions[r.Result].Value >= grades.Min() && mentions[r.Result].Value <= grades.Max();
            case "rule":
                return RuleHolds(r.Rule!, result, ops);
            default:
                throw new InvalidOperationException($"expected a known relation op, found '{r.Op}'");
        }
    }

    private static bool RuleHolds(ScoreRule rule, Interval score, Interval[] ops)
    {
        var actual = ops[0];
        var target = ops.Length == 3 ? ops[1] : Interval.Exact(rule.Target);
        var weight = ops[^1];
        var w = (weight.Lo + weight.Hi) / 2m;
        decimal F(decimal a, decimal t) => rule.Shape switch
        {
            "linear" => t <= 0 ? w : Math.Min(1m, a / t) * w,
            "binary" => (rule.AtMost ? a <= t : a >= t) ? w : 0m,
            "bands" => rule.Bands.First(b => a >= b.From).Share * w,
            "deduct" => Math.Max(0m, w - (rule.Per * Math.Round(a, MidpointRounding.AwayFromZero))),
            _ => w,
        };
        var values = new[] { F(actual.Lo, target.Lo), F(actual.Lo, target.Hi), F(actual.Hi, target.Lo), F(actual.Hi, target.Hi) };
        // A band or a threshold crossed inside the interval allows either side; monotone shapes take the ends.
        return score.Meets(new Interval(values.Min(), values.Max()).Widen(0.005m));
    }
}
