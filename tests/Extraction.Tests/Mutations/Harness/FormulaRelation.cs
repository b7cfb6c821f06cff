using Extraction.Rules.Numbers;

namespace Extraction.Tests.Mutations;

/// <summary>A printed formula a target belongs to: the expression, where the target sits in it (or -1 for the
/// result) and the printed result. Tells whether a changed number still reconciles under the interval model
/// (operands half-up, results half-up or truncated, a dropped ×100 accepted, as the formula check reads them).</summary>
internal sealed record FormulaRelation(string Expression, int Offset, string Result, bool ResultIsPercent)
{
    private static readonly decimal[] Scales = [1m, 100m, 0.01m];

    public bool HoldsWith(string original, string replacement)
    {
        var expression = Offset >= 0 ? string.Concat(Expression.AsSpan(0, Offset), replacement, Expression.AsSpan(Offset + original.Length)) : Expression;
        var result = Offset >= 0 ? Result : replacement;
        // The expression as printed runs up to its result ("…=4.625"); units inside it ("/2*5分") are not operators.
        var eq = expression.IndexOfAny(['=', '＝', '≈']);
        expression = new string((eq >= 0 ? expression[..eq] : expression).Where(c => !char.IsLetter(c)).ToArray());
        if (ExpressionEvaluator.Evaluate(expression) is not { } value || !Extraction.Text.PrintedNumber.TryParse(result, out var printed))
        {
            return false;
        }

        var scale = ResultIsPercent ? 0.01m : 1m;
        var halfUp = Interval.Printed(printed.Value, printed.Decimals, NumberReading.HalfUp).Scale(scale);
        var truncated = Interval.Printed(printed.Value, printed.Decimals, NumberReading.Truncated).Scale(scale);
        return Scales.Any(s => value.Value.Scale(s).Meets(halfUp) || value.Value.Scale(s).Meets(truncated));
    }
}
