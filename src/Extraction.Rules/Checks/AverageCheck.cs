using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>A stated average ("…分别为a、b、c、d，全年平均执行率为x") against the mean of the values the
/// same sentence lists before it.</summary>
public sealed class AverageCheck : ICheck
{
    public string Name => CheckNames.Average;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        foreach (var passage in view.Passages)
        {
            var quantities = view.Quantities(passage);
            foreach (var (start, end) in Passages.Sentences(passage.Text))
            {
                var sentence = passage.Text[start..end];
                var k = sentence.IndexOf("平均", StringComparison.Ordinal);
                if (k < 0)
                {
                    continue;
                }

                var at = start + k;
                var stated = quantities.FirstOrDefault(q => q.Start > at && q.Start - at <= 16 && q.End <= end);
                // A weighted average (加权平均) is not the plain mean; "平均…=(a+b)/n=x" is a formula (formula check).
                if (stated is null || sentence[..k].EndsWith("加权", StringComparison.Ordinal)
                    || passage.Text[at..stated.Start].IndexOfAny(['=', '＝', '(', '（', '+']) >= 0)
                {
                    continue;
                }

                var listStart = sentence.LastIndexOf("分别", k, StringComparison.Ordinal);
                var from = listStart >= 0 ? start + listStart : start;
                var values = quantities.Where(q => q.Start >= from && q.End <= at && Compatible(q, stated)).ToArray();
                if (values.Length < 2 || values.Any(v => v.Number.Text == stated.Number.Text && v.Unit == stated.Unit))
                {
                    continue;
                }

                var mean = Interval.Mean(values.Select(v => v.Interval()).ToArray());
                var verdict = FindingFactory.Compare(mean, stated.Value, stated.Number.Decimals, percent: true, stated.Value);
                if (verdict is null)
                {
                    continue;
                }

                var list = string.Join(", ", values.Select(v => v.Number.Text));
                var computed = mean.Mid.Round2();
                yield return FindingFactory.Make(
                    Name,
                    verdict.Value.Severity,
                    Msg.Of("finding.average", ("stated", stated.Printed), ("values", list), ("computed", computed.Show() + stated.Unit)),
                    [stated.Evidence],
                    stated.Value,
                    computed,
                    tolerance: Interval.Unit(stated.Number.Decimals) / 2,
                    relation: FindingFactory.Relation($"（{list.Replace(", ", "+", StringComparison.Ordinal)}）÷{values.Length}", computed.Show() + stated.Unit, stated.Printed),
                    convention: verdict.Value.Convention);
            }
        }
    }

    private static bool Compatible(Quantity value, Quantity stated) =>
        value.Unit == stated.Unit || (value.Unit is null && stated.Unit is "分" or null) || (stated.Unit is null && value.Unit is "分");
}
