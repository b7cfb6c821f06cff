using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>A stated change against the two levels it is the difference of: "本年支出N万元，上年支出P万元，增加C万元" or
/// "决算数A万元，年初预算B万元，比年初预算减少C万元" — C = N − P (增加) or P − N (减少), both levels printed (the
/// levels as <see cref="ChangeRateCheck"/> reads them). A base only maybe meant (a short 比… phrase) is not judged.
/// The rate beside it is <see cref="ChangeRateCheck"/>'s; this is the difference the three amounts assert.</summary>
public sealed class ChangeAmountCheck : ICheck
{
    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        foreach (var passage in view.Narrative)
        {
            var quantities = view.Quantities(passage);
            foreach (var change in quantities.Where(q => ChangeRateCheck.IsChangeAmount(q) && q.Value >= 0))
            {
                if (ChangeRateCheck.Levels(passage, quantities, change) is not { Current: { } current, Base: { } @base, Ambiguous: false }
                    || Units.YuanFactor(change.Unit) is not { } factor)
                {
                    continue;
                }

                var up = ChangeRateCheck.IsIncrease(change);
                var difference = (up ? current.Normalised() - @base.Normalised() : @base.Normalised() - current.Normalised()).Scale(1m / factor);
                var verdict = FindingFactory.Compare(difference, change.Value, change.Number.Decimals, percent: false, change.Value);
                if (verdict is null)
                {
                    continue;
                }

                var computed = difference.Mid.Round2();
                var formula = up ? $"{current.Printed}−{@base.Printed}" : $"{@base.Printed}−{current.Printed}";
                yield return FindingFactory.Make(Name, verdict.Value.Severity,
                    Msg.Of("finding.change_amount", ("stated", change.Printed), ("computed", computed.Show() + change.Unit)),
                    [change.Evidence, current.Evidence, @base.Evidence], change.Value, computed,
                    tolerance: Interval.Unit(change.Number.Decimals) / 2,
                    relation: FindingFactory.Relation(formula, computed.Show() + change.Unit, change.Printed), convention: verdict.Value.Convention);
            }
        }
    }
}
