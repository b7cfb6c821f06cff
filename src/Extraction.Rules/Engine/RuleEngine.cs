using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Criteria;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;
using Extraction.Rules.Shapes;
using Extraction.Text;

namespace Extraction.Rules.Engine;

/// <summary>Re-scores every indicator: the selected rulebook's rule, else a rule derived from the document's
/// own 评分标准, else 0 ≤ score ≤ weight. Every plausible convention is tried; the one that reproduces the
/// printed score is reported. A weight moved to or from an indicator (verifier note) rescales its rule.</summary>
public sealed class RuleEngine : IRuleEngine
{
    // Loaded on first use: commands that build the pipeline only to read (`extract text`) never parse the YAML.
    private readonly Lazy<IReadOnlyList<Rulebook>> _books;
    private readonly ShapeCatalog _shapes = new();

    public RuleEngine() => _books = new(RulebookLoader.Bundled);

    public RuleEngine(IReadOnlyList<Rulebook> books) => _books = new(books);

    public IReadOnlyList<Rulebook> Rulebooks => _books.Value;

    public IReadOnlyList<IndicatorAssessment> Assess(AnalysisContext context)
    {
        var indicators = context.ScoreTables.SelectMany(t => t.Indicators).ToArray();
        if (indicators.Length == 0)
        {
            return [];
        }

        var text = string.Concat(context.Document.Paragraphs.Take(400).Select(p => p.Text));
        var book = RulebookSelector.Select(_books.Value, indicators, text, context.Metadata.Year);
        var resolver = new InputResolver(context);
        var proportional = FormRules.SaysProportional(text);
        var result = new List<IndicatorAssessment>(indicators.Length);
        foreach (var table in context.ScoreTables)
        {
            var transfers = WeightTransfers.Of(table.Indicators);
            foreach (var indicator in table.Indicators)
            {
                result.Add(FormAssessment(indicator, book, proportional) ?? Assess(indicator, book, resolver, transfers));
            }
        }

        return result;
    }

    /// <summary>The national form's own rules: the funds row always; a 年度指标值/实际完成值 row when neither the
    /// rulebook nor the row's 评分标准 gives a rule.</summary>
    private static IndicatorAssessment? FormAssessment(Indicator indicator, Rulebook? book, bool proportional)
    {
        if (indicator.Weight is not { } points)
        {
            return null;
        }

        if (indicator.Formula == FormRules.ExecutionRate)
        {
            return Judge(indicator, $"form:{FormRules.ExecutionRate}", false, false, FormRules.Execution(indicator, points), []);
        }

        if (indicator.Target is null || indicator.Actual is null || (book is not null && RulebookSelector.Match(book, indicator) is not null)
            || CriteriaParser.Parse(indicator.Criteria, indicator.Weight, indicator.Name).Rule is not null)
        {
            return null;
        }

        return FormRules.Target(indicator, points, proportional) is { } outcomes
            ? Judge(indicator, "form:target", true, false, outcomes, [])
            : null;
    }

    private IndicatorAssessment Assess(Indicator indicator, Rulebook? book, InputResolver resolver, IReadOnlyDictionary<string, decimal> transfers)
    {
        var spec = book is null ? null : RulebookSelector.Match(book, indicator);
        var derived = false;
        if (spec is null)
        {
            spec = CriteriaParser.Parse(indicator.Criteria, indicator.Weight, indicator.Name).Rule;
            derived = spec is not null;
        }

        if (spec is null && indicator.Weight is not null)
        {
            spec = new RuleSpec { Indicator = indicator.Name, Shape = "qualitative" };
            derived = true;
        }

        if (spec is null)
        {
            return new IndicatorAssessment(indicator, null, null) { Explanation = "no rule and no weight" };
        }

        var ruleId = derived ? $"criteria:{spec.Shape}" : $"{book!.Id}:{spec.Shape}";
        var shape = _shapes.Find(spec.Shape);
        if (shape is null)
        {
            return new IndicatorAssessment(indicator, ruleId, null) { Derived = derived, Explanation = $"unknown shape \"{spec.Shape}\"" };
        }

        var effective = WeightTransfers.EffectiveWeight(indicator, transfers);
        var context = new ShapeContext(indicator, indicator.Weight, resolver);
        var outcomes = shape.Evaluate(spec, context).ToList();
        if (effective is { } e && indicator.Weight is { } w && w > 0 && e != w)
        {
            // Redistribution: the rule is scored against the new weight, its points scaled by e/w.
            outcomes.InsertRange(0, outcomes.Select(o => o.Scaled(e / w, $"weight redistribution ({w.Show()} → {e.Show()})")).ToArray());
        }

        return Judge(indicator, ruleId, derived, spec.Shape == "qualitative", outcomes, context.Used);
    }

    private static IndicatorAssessment Judge(Indicator indicator, string ruleId, bool derived, bool qualitative, IReadOnlyList<Outcome> outcomes, IReadOnlyList<Figure> inputs)
    {
        var baseline = new IndicatorAssessment(indicator, ruleId, null) { Derived = derived, Inputs = inputs.ToArray() };
        var tried = string.Join(" | ", outcomes.Take(12).Select(o => $"{o.Convention} = {o.Value.RoundHalfUp(4)}"));
        var computed = outcomes.Where(o => o.Kind == OutcomeKind.Computed).ToArray();
        if (indicator.Score is not { } score)
        {
            return baseline with
            {
                Recomputed = computed.Length > 0 ? computed[0].Value.Mid.Round2() : null,
                Convention = computed.FirstOrDefault()?.Convention,
                Explanation = $"score not printed; tried: {tried}",
            };
        }

        var decimals = Math.Max(2, PrintedNumber.TryParse(indicator.ScoreText, out var p) ? p.Decimals : 2);
        var halfUp = Interval.HalfUp(score, decimals);
        var truncated = Interval.Truncated(score, decimals);
        foreach (var o in computed)
        {
            if (o.Value.Meets(halfUp))
            {
                return baseline with { Recomputed = Closest(o.Value, score), Convention = o.Convention, Explanation = $"reproduced: {o.Convention}" };
            }
        }

        foreach (var o in computed)
        {
            if (o.Value.Meets(truncated))
            {
                return baseline with { Recomputed = score, Convention = $"{o.Convention}; truncated to {decimals} decimals", Explanation = "reproduced when truncated" };
            }
        }

        var reachable = outcomes.Where(o => o.Kind == OutcomeKind.Reachable).ToArray();
        var ranges = outcomes.Where(o => o.Kind == OutcomeKind.Range).ToArray();
        var hit = reachable.FirstOrDefault(o => o.Value.Meets(halfUp)) ?? ranges.FirstOrDefault(o => o.Value.Meets(halfUp));
        if (hit is not null)
        {
            return baseline with { Convention = hit.Convention, Explanation = $"not recomputable, consistent: {hit.Convention} ({hit.Value})" };
        }

        decimal? nearest = computed.Length > 0 ? computed[0].Value.Mid.Round2()
            : reachable.Length > 0 ? reachable.OrderBy(o => Math.Abs(o.Value.Mid - score)).First().Value.Mid
            : !qualitative && ranges.Length > 0 ? ranges.Select(o => Closest(o.Value, score)).OrderBy(v => Math.Abs(v - score)).First()
            : null;
        var best = computed.FirstOrDefault() ?? reachable.FirstOrDefault() ?? ranges.FirstOrDefault();
        return baseline with
        {
            Recomputed = nearest,
            Convention = best?.Convention,
            Explanation = $"no convention reproduces {indicator.ScoreText ?? score.Show()}; tried: {tried}",
        };
    }

    private static decimal Closest(Interval value, decimal score) => Math.Clamp(score, value.Lo, value.Hi).Round2();
}
