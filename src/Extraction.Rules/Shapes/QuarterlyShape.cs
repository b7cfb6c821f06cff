using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;
using Extraction.Rules.Text;
using Extraction.Results;

namespace Extraction.Rules.Shapes;

/// <summary>Quarterly schedule: Σ (进度q ÷ 序时进度q) × per + 全年平均执行率 × averagePoints. Conventions tried:
/// each quarter capped at 1 or not; the annual average as stated, as the mean of the quarters, or as the
/// mean of the (capped) schedule ratios; the average capped at 100 % or not.</summary>
public sealed class QuarterlyShape : IShape
{
    public string Name => "quarterly";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var schedule = spec.Schedule.Count == 4 ? spec.Schedule : [25m, 50m, 75m, 100m];
        var per = spec.Per ?? 1m;
        var avgPoints = spec.AveragePoints ?? 2m;
        var (quarters, stated) = Find(spec, context);
        if (quarters is null)
        {
            yield return Outcome.Range(0m, context.PointsOf(spec), "quarterly rates not found: 0 ≤ score ≤ points");
            yield break;
        }

        var q = quarters.Select(x => x.Value).ToArray();
        foreach (var capEach in new[] { true, false })
        {
            var ratios = q.Select((x, i) => capEach ? x.Scale(1m / schedule[i]).Min(1m) : x.Scale(1m / schedule[i])).ToArray();
            var quarterPart = Interval.Sum(ratios).Scale(per);
            var averages = new List<(Interval Value, string How)>
            {
                (Interval.Mean(q).Scale(0.01m), "mean of quarters"),
                (Interval.Mean(ratios), "mean of schedule ratios"),
            };
            if (stated is not null)
            {
                averages.Insert(0, (stated.Value.Scale(0.01m), $"stated average {stated.Figure.Text}%"));
            }

            foreach (var (avg, how) in averages)
            {
                foreach (var capAvg in new[] { true, false })
                {
                    var a = capAvg ? avg.Min(1m) : avg;
                    yield return Outcome.Computed(quarterPart + a.Scale(avgPoints),
                        $"quarters {(capEach ? "capped at 1" : "uncapped")}; average = {how}{(capAvg ? ", capped at 100%" : string.Empty)}");
                }
            }
        }
    }

    private static (ResolvedInput[]? Quarters, ResolvedInput? Average) Find(RuleSpec spec, ShapeContext context)
    {
        var named = new[] { "q1", "q2", "q3", "q4" }.Select(n => context.Input(spec, n, "%")).ToArray();
        var average = context.Input(spec, "average", "%");
        if (named.All(n => n is not null))
        {
            return (named.Select(n => n!).ToArray(), average);
        }

        // "一、二、三、四季度的预算执行率分别为a%、b%、c%、d%，全年平均执行率为x%"
        foreach (var passage in context.Resolver.Passages)
        {
            var k = passage.Text.IndexOf("季度", StringComparison.Ordinal);
            var resp = k < 0 ? -1 : passage.Text.IndexOf("分别", k, StringComparison.Ordinal);
            if (resp < 0)
            {
                continue;
            }

            var values = context.Resolver.Quantities(passage).Where(x => x.Start > resp && x.Unit == "%").ToArray();
            if (values.Length < 4)
            {
                continue;
            }

            var quarters = values.Take(4).Select((v, i) => Input($"{"一二三四"[i]}季度执行率", v)).ToArray();
            var avgAt = passage.Text.IndexOf("平均", values[3].End, StringComparison.Ordinal);
            var avg = avgAt < 0 ? null : values.Skip(4).FirstOrDefault(v => v.Start > avgAt && v.Start - avgAt < 16);
            foreach (var x in quarters)
            {
                context.Use(x.Figure);
            }

            var avgInput = avg is null ? average : Input("全年平均执行率", avg);
            if (avgInput is not null)
            {
                context.Use(avgInput.Figure);
            }

            return (quarters, avgInput);
        }

        return (null, null);
    }

    private static ResolvedInput Input(string label, Quantity q) =>
        new(label, q.Interval(), new Figure(label, q.Value, q.Number.Text, q.Unit, q.Evidence) { Decimals = q.Number.Decimals });
}
