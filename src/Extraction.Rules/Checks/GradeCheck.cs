using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>The stated grade against the grade band of the stated total (or of the item sum when no total is printed).</summary>
public sealed class GradeCheck : ICheck
{
    public string Name => CheckNames.Grade;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var total = context.Metadata.StatedTotal?.Value
            ?? context.ScoreTables.Select(t => t.Total?.Value).FirstOrDefault(v => v is not null)
            ?? (context.ScoreTables.Count > 0 && context.ScoreTables[0].Indicators.All(i => i.Score is not null || i.Weight is null)
                ? context.ScoreTables[0].Indicators.Sum(i => i.Score ?? 0m) : null);
        if (total is not { } t)
        {
            yield break;
        }

        var expected = Grades.For(t);
        var stated = new List<(string Grade, Evidence? Evidence)>();
        if (Grades.Normalise(context.Metadata.StatedGrade) is { } g)
        {
            stated.Add((g, context.Metadata.GradeEvidence));
        }

        foreach (var table in context.ScoreTables)
        {
            if (Grades.Normalise(table.Grade) is { } tg)
            {
                stated.Add((tg, table.GradeEvidence));
            }
        }

        foreach (var (grade, evidence) in stated.DistinctBy(s => s.Grade))
        {
            if (grade == expected)
            {
                continue;
            }

            yield return FindingFactory.Make(Name, Severity.Error,
                Msg.Of("finding.grade", ("grade", grade), ("total", t.Show()), ("expected", expected)),
                evidence is null ? [] : [evidence], t, null, relation: Msg.Of("relation.grade", ("total", t.Show()), ("expected", expected), ("stated", grade)), impact: Impact.Grade);
        }
    }
}
