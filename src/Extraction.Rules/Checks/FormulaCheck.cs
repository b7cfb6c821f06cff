using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>A printed formula whose result contradicts its operands ("8105.9/8120.9×100%≈95.81%").
/// Authors drop or add the ×100 of a percentage ("(90.83+99.95)/2*5分=4.77分" on a 100-point scale),
/// so a result that matches after a factor of 100 is accepted and the convention is recorded.</summary>
public sealed class FormulaCheck : ICheck
{
    private static readonly decimal[] Scales = [1m, 100m, 0.01m];

    public string Name => CheckNames.Formula;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var view = DocumentText.Of(context);
        foreach (var passage in view.Passages)
        {
            foreach (var f in FormulaScanner.Scan(passage))
            {
                var key = $"{f.Evidence.Page}|{f.Expression}|{f.Result.Text}";
                if (!seen.Add(key))
                {
                    continue;
                }

                var finding = Check(f);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>Whether the formula's operands give its printed result (half-up or truncated, on any of the scales).</summary>
    internal static bool Holds(FormulaScanner.Found f) =>
        Scales.Any(s => f.Value.Value.Scale(s).Meets(FormulaScanner.ResultInterval(f, NumberReading.HalfUp))
                     || MeetsTruncated(f.Value.Value.Scale(s), FormulaScanner.ResultInterval(f, NumberReading.Truncated)));

    /// <summary>A truncated print stands for [x, x + 10^-d) away from zero: an exact result at the open end prints as the
    /// next number however it is cut (86.13分 − 85.04分 is exactly 1.09, which no one truncates to 1.08). An inexact
    /// result keeps the closed interval's tolerance.</summary>
    internal static bool MeetsTruncated(Interval value, Interval truncated) =>
        value.Meets(truncated) && !(value.Width == 0 && ((truncated.Lo >= 0 && value.Lo == truncated.Hi) || (truncated.Hi <= 0 && value.Hi == truncated.Lo)));

    private Finding? Check(FormulaScanner.Found f)
    {
        var value = f.Value.Value;
        var halfUp = FormulaScanner.ResultInterval(f, NumberReading.HalfUp);
        var truncated = FormulaScanner.ResultInterval(f, NumberReading.Truncated);
        if (Scales.Any(s => value.Scale(s).Meets(halfUp)))
        {
            return null;
        }

        var pctUnit = f.ResultIsPercent ? 100m : 1m;
        var truncScale = Scales.FirstOrDefault(s => MeetsTruncated(value.Scale(s), truncated));
        if (truncScale != 0)
        {
            return FindingFactory.Make(Name, Severity.Info,
                Msg.Of("finding.formula_truncated", ("formula", f.Expression), ("computed", (value.Mid * truncScale * pctUnit).Round2().Show()), ("stated", f.Result.Text)),
                [f.Evidence], f.Result.Value, (value.Mid * truncScale * pctUnit).Round2(), relation: FindingFactory.Relation(f.Expression, (value.Mid * truncScale * pctUnit).Round2().Show(), f.Result.Text),
                convention: FindingFactory.TruncatedConvention);
        }

        // The closest scale explains the intended magnitude; report in the result's unit.
        var scale = Scales.OrderBy(s => value.Scale(s).Gap(halfUp)).First();
        var computed = (value.Mid * scale * pctUnit).Round2();
        var gap = Math.Abs(computed - f.Result.Value);
        var percentLike = f.ResultIsPercent || scale != 1m;
        return FindingFactory.Make(Name,
            FindingFactory.ByGap(gap, f.Result.Value, percentLike),
            Msg.Of("finding.formula", ("formula", f.Expression), ("sign", f.Approximate ? "≈" : "="), ("stated", f.Result.Text + (f.ResultIsPercent ? "%" : string.Empty)), ("computed", computed.Show() + (f.ResultIsPercent ? "%" : string.Empty))),
            [f.Evidence], f.Result.Value, computed,
            tolerance: Interval.Unit(f.Result.Decimals) / 2,
            relation: FindingFactory.Relation(f.Expression, computed.Show() + (f.ResultIsPercent ? "%" : string.Empty), f.Result.Text + (f.ResultIsPercent ? "%" : string.Empty)),
            convention: scale == 1m ? null : Msg.Of("convention.scale", ("scale", scale.Show())));
    }
}
