using Extraction.Results;
using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>The measured value most shapes score: the stated value (input "value"), or one derived from
/// amounts: numerator ÷ (denominator + denominator2) × 100, or (current ÷ previous − 1) × 100.</summary>
internal static class ShapeInputs
{
    public static (Interval Value, string How)? Measured(RuleSpec spec, ShapeContext context, string? kind = "%")
    {
        // The row's own 完成情况/实际完成值 cell, when it is one percentage, is the value the row was scored on: a
        // same-named rate elsewhere in the document (基本支出执行率 for 支出执行率) is a different quantity.
        if (kind is null or "%" && spec.Inputs.ContainsKey("value") && OwnPercent(context.Indicator) is { } own)
        {
            context.Use(own);
            return (Units.Normalise(Interval.HalfUp(own.Value, own.Decimals), own.Unit), $"{own.Label} {FigureText.Show(own)}");
        }

        if (context.Input(spec, "value", kind) is { } v)
        {
            return (v.Value, $"{v.Figure.Label} {FigureText.Show(v.Figure)}");
        }

        if (context.Input(spec, "numerator", "amount") is { } n && context.Input(spec, "denominator", "amount") is { } d)
        {
            var den = d.Value;
            var how = $"{n.Figure.Text}/{d.Figure.Text}";
            if (context.Input(spec, "denominator2", "amount") is { } d2)
            {
                den += d2.Value;
                how = $"{n.Figure.Text}/({d.Figure.Text}+{d2.Figure.Text})";
            }

            return Interval.Divide(n.Value, den) is { } r ? (r.Scale(100m), how) : null;
        }

        if (context.Input(spec, "current", "amount") is { } c && context.Input(spec, "previous", "amount") is { } p)
        {
            return Interval.Divide(c.Value, p.Value) is { } r ? (r.Shift(-1m).Scale(100m), $"{c.Figure.Text}/{p.Figure.Text}-1") : null;
        }

        return null;
    }

    public static bool HasInputs(RuleSpec spec) => spec.Inputs.Count > 0;

    private static Figure? OwnPercent(Indicator indicator)
    {
        var text = Extraction.Text.TextNormalizer.RemoveWhitespace(indicator.Actual ?? "");
        if (!text.EndsWith('%') && !text.EndsWith('％'))
        {
            return null;
        }

        return Extraction.Text.PrintedNumber.TryParse(text[..^1], out var n)
            ? new Figure(indicator.Name, n.Value, text, "%", indicator.Evidence with { Quote = text }) { Decimals = n.Decimals, Origin = "table" }
            : null;
    }
}
