using Extraction.Rules.Engine;
using Extraction.Rules.Numbers;
using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Shapes;

/// <summary>Capped bonus and penalty: +per for each commendation up to cap, −penaltyPer for each
/// accountability up to penaltyCap. Without the counts every value in [−penaltyCap, cap] is possible.</summary>
public sealed class BonusShape : IShape
{
    public string Name => "bonus";

    public IEnumerable<Outcome> Evaluate(RuleSpec spec, ShapeContext context)
    {
        var cap = spec.Cap ?? 3m;
        var penaltyCap = spec.PenaltyCap ?? 0m;
        var plus = context.Input(spec, "plus", "count");
        var minus = context.Input(spec, "minus", "count");
        if (plus is null && minus is null)
        {
            yield return Outcome.Range(-penaltyCap, cap, $"counts not found: −{penaltyCap.Show()} ≤ score ≤ {cap.Show()}");
            yield break;
        }

        var bonus = Math.Min(cap, (spec.Per ?? 1m) * (plus?.Value.Mid ?? 0m));
        var penalty = Math.Min(penaltyCap, (spec.PenaltyPer ?? 2m) * (minus?.Value.Mid ?? 0m));
        yield return Outcome.Computed(Interval.Point(bonus - penalty), $"+{bonus.Show()} (cap {cap.Show()}) −{penalty.Show()} (cap {penaltyCap.Show()})");
    }
}
