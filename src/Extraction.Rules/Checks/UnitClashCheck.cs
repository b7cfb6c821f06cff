using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>The same printed amount (at least four significant digits, so a coincidence is unlikely) with
/// different money units in two places: "年初财政拨款结余 821.71 元" vs "年初结余821.71万元".</summary>
public sealed class UnitClashCheck : ICheck
{
    public string Name => CheckNames.Unit;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var amounts = Passages.Of(context.Document)
            .SelectMany(NumberScanner.Scan)
            .Where(q => q.Kind == "amount" && q.Digits.TrimStart('0').Length >= 4 && q.Value != 0)
            .ToArray();
        foreach (var group in amounts.GroupBy(q => q.Value))
        {
            var byFactor = group.GroupBy(q => Units.YuanFactor(q.Unit)).ToArray();
            if (byFactor.Length < 2)
            {
                continue;
            }

            var a = byFactor[0].First();
            var b = byFactor[1].First();
            yield return FindingFactory.Make(Name, Severity.Error,
                Msg.Of("finding.unit_clash", ("number", a.Number.Text), ("a", a.Unit), ("b", b.Unit)),
                [a.Evidence, b.Evidence], a.Value, b.Value, relation: FindingFactory.Same(a.Printed, b.Printed));
        }
    }
}
