namespace Extraction.Tests.Mutations;

/// <summary>A relation among printed numbers the harness found in the baseline output and verified to hold
/// there: parts add up to a total, values average to a stated mean, a ratio of two amounts is a percentage.
/// Used to tell a planted change the interval model can expose from one that stays inside rounding.</summary>
internal sealed record Relation(string Shape, IReadOnlyList<Operand> Operands, Operand Result)
{
    /// <summary>Whether the relation still holds (the intervals meet) when <paramref name="changed"/> (an operand
    /// or the result) prints as <paramref name="value"/> (in the operand's own scale).</summary>
    public bool HoldsWith(Operand? changed, decimal value) => HoldsWith(changed, value, truncated: false) || HoldsWith(changed, value, truncated: true);

    /// <summary>Rounded half-up every number stands for [x − h, x + h]; truncated (authors do) for [x, x + 2h).</summary>
    private bool HoldsWith(Operand? changed, decimal value, bool truncated)
    {
        (decimal Lo, decimal Hi) Range(Operand o)
        {
            var v = ReferenceEquals(o, changed) ? value : o.Value;
            return truncated ? (v, v + 2 * o.Half) : (v - o.Half, v + o.Half);
        }

        var result = Range(Result);
        var ops = Operands.Select(Range).ToArray();
        (decimal Lo, decimal Hi) computed;
        switch (Shape)
        {
            case "sum":
                computed = (ops.Sum(o => o.Lo), ops.Sum(o => o.Hi));
                break;
            case "mean":
                computed = (ops.Sum(o => o.Lo) / ops.Length, ops.Sum(o => o.Hi) / ops.Length);
                break;
            case "ratio" when ops.Length == 2 && ops[1].Lo > 0 && ops[0].Lo >= 0:
                computed = (ops[0].Lo / ops[1].Hi * 100m, ops[0].Hi / ops[1].Lo * 100m);
                break;
            default:
                return false;
        }

        return computed.Lo <= result.Hi && result.Lo <= computed.Hi;
    }

    public bool Holds => HoldsWith(null, 0m);
}

/// <summary>One printed number of a relation in the relation's common unit (元 for amounts): value and half its
/// last printed place (the rounding half-width).</summary>
internal sealed record Operand(decimal Value, decimal Half, decimal Scale);
