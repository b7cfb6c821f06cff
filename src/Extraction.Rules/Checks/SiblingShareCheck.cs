using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>Shares of one named whole stated part by part ("（一）A元，占支出总预算p%" … "（四）D元，占支出总预算s%") whose
/// whole is not printed before them in their passage: when a run of consecutive such shares adds up to 100 % within
/// its rounding, the parts make the whole, and each share is held to its part ÷ Σ parts. A share whose passage
/// prints the whole is <see cref="ShareCheck"/>'s.</summary>
public sealed class SiblingShareCheck : ICheck
{
    private const int MinParts = 3;

    public string Name => CheckNames.Ratio;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var shares = new List<(string Whole, Quantity Part, Quantity Pct)>();
        var view = DocumentText.Of(context);
        foreach (var passage in view.Narrative)
        {
            var quantities = view.Quantities(passage);
            foreach (var pct in quantities.Where(q => q.Unit == "%"))
            {
                if (Named(passage.Text, quantities, pct) is { } share)
                {
                    shares.Add(share);
                }
            }
        }

        foreach (var run in Runs(shares))
        {
            var whole = Interval.Sum(run.Select(s => s.Part.Normalised()).ToArray());
            var parts = string.Join("+", run.Select(s => s.Part.Printed));
            foreach (var (_, part, pct) in run)
            {
                if (Interval.Divide(part.Normalised(), whole) is not { } ratio)
                {
                    continue;
                }

                var computed = ratio.Scale(100m);
                var verdict = FindingFactory.Compare(computed, pct.Value, pct.Number.Decimals, percent: true, pct.Value);
                if (verdict is null)
                {
                    continue;
                }

                var value = computed.Mid.Round2();
                yield return FindingFactory.Make(
                    Name,
                    verdict.Value.Severity,
                    Msg.Of("finding.share", ("stated", pct.Printed), ("computed", value.Show() + "%")),
                    [pct.Evidence, part.Evidence],
                    pct.Value,
                    value,
                    tolerance: Interval.Unit(pct.Number.Decimals) / 2,
                    relation: FindingFactory.Relation($"{part.Printed}÷（{parts}）×100%", value.Show() + "%", pct.Printed),
                    convention: verdict.Value.Convention);
            }
        }
    }

    /// <summary>"A元，占X的p%" with X named (two characters or more) and no amount labelled X before A in the passage.</summary>
    private static (string, Quantity, Quantity)? Named(string text, IReadOnlyList<Quantity> quantities, Quantity pct)
    {
        var zhan = text.LastIndexOf('占', pct.Start);
        if (zhan < 0 || pct.Start - zhan > 14)
        {
            return null;
        }

        var whole = text[(zhan + 1)..pct.Start].Replace("的", string.Empty, StringComparison.Ordinal).Replace("比例", string.Empty, StringComparison.Ordinal)
            .Replace("比重", string.Empty, StringComparison.Ordinal).Replace("为", string.Empty, StringComparison.Ordinal).Trim();
        var part = quantities.LastOrDefault(x => x.End <= zhan && x.Kind is not null && x.Kind != "%");
        if (whole.Length < 2 || whole.Any(char.IsDigit) || part is null || part.Kind != "amount" || zhan - part.End > 6)
        {
            return null;
        }

        var printed = quantities.Any(x => x.End <= part.Start && x.Kind == "amount" && x.Before(12).Contains(whole, StringComparison.Ordinal));
        return printed ? null : (whole, part, pct);
    }

    /// <summary>Runs of consecutive shares of one whole (in document order, other wholes' shares between them allowed)
    /// that add up to 100 % within the sum of their half-units.</summary>
    private static IEnumerable<List<(string Whole, Quantity Part, Quantity Pct)>> Runs(List<(string Whole, Quantity Part, Quantity Pct)> shares)
    {
        foreach (var group in shares.GroupBy(s => s.Whole))
        {
            var items = group.ToList();
            var i = 0;
            while (i < items.Count)
            {
                var sum = Interval.Point(0m);
                var found = -1;
                for (var j = i; j < items.Count; j++)
                {
                    sum += Interval.HalfUp(items[j].Pct.Value, items[j].Pct.Number.Decimals);
                    if (sum.Meets(Interval.Point(100m)) && j - i + 1 >= MinParts)
                    {
                        found = j;
                        break;
                    }

                    if (sum.Lo > 100m)
                    {
                        break;
                    }
                }

                if (found >= 0)
                {
                    yield return items.GetRange(i, found - i + 1);
                    i = found + 1;
                }
                else
                {
                    i++;
                }
            }
        }
    }
}
