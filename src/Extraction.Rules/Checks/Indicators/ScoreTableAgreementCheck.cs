using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>One indicator printed in two score tables — the full 评分表 and a per-indicator detail table or a
/// section's 得分情况表 — with a weight or score that cannot be the same (interval model). Indicators are paired by
/// code, else by name (<see cref="IndicatorLabel"/>); a row a table holds twice (read in pieces) or a label naming
/// two rows of the other table is not paired.</summary>
public sealed class ScoreTableAgreementCheck : ICheck
{
    public string Name => CheckNames.TableTable;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        if (context.ScoreTables.Count < 2)
        {
            yield break;
        }

        var index = new IndicatorIndex(context.ScoreTables);
        var cells = new RowCells(context.Document);
        var entries = index.Entries;
        foreach (var a in entries)
        {
            if (entries.Any(o => o != a && o.Table == a.Table && o.Label.Matches(a.Label)))
            {
                continue;
            }

            foreach (var group in entries.Where(b => b.Table > a.Table && b.Label.Matches(a.Label)).GroupBy(b => b.Table))
            {
                if (group.Count() != 1 || entries.Any(o => o.Table == a.Table && o != a && o.Label.Matches(group.First().Label)))
                {
                    continue;
                }

                var b = group.First();
                if (Differ("weight", a, b, PrintedScore.WeightNumber, i => cells.Weight(i)) is { } weight)
                {
                    yield return weight;
                }

                if (Differ("score", a, b, PrintedScore.ScoreNumber, i => i.Evidence) is { } score)
                {
                    yield return score;
                }
            }
        }
    }

    private Finding? Differ(string what, IndicatorIndex.Entry a, IndicatorIndex.Entry b, Func<Indicator, PrintedNumber?> value,
        Func<Indicator, Evidence?> evidence)
    {
        if (value(a.Indicator) is not { } va || value(b.Indicator) is not { } vb || PrintedScore.Disagreement(va, vb) is not { } severity)
        {
            return null;
        }

        var (shownA, shownB) = (va.Text, vb.Text);
        return FindingFactory.Make(Name, severity,
            Msg.Of("finding.score_tables", ("indicator", a.Indicator.Name), MsgArg.Term("what", "term." + what), ("a", shownA), ("b", shownB), ("other", b.Indicator.Name)),
            [evidence(a.Indicator) ?? a.Indicator.Evidence, evidence(b.Indicator) ?? b.Indicator.Evidence],
            va.Value, vb.Value, relation: FindingFactory.Same(shownA, shownB), convention: severity == Severity.Info ? FindingFactory.TruncatedConvention : null,
            impact: severity == Severity.Info ? Impact.None : Impact.Score, indicator: a.Indicator.Path);
    }
}
