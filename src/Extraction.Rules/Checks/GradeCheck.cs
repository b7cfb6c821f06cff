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

        if (Grades.Normalise(context.Metadata.NarrativeGrade) is { } ng)
        {
            stated.Add((ng, context.Metadata.NarrativeGradeEvidence));
        }

        foreach (var table in context.ScoreTables)
        {
            if (Grades.Normalise(table.Grade) is { } tg)
            {
                stated.Add((tg, table.GradeEvidence));
            }
        }

        var flagged = new HashSet<(string, decimal)>();
        foreach (var (grade, evidence) in stated.DistinctBy(s => s.Grade))
        {
            if (grade != expected && flagged.Add((grade, t)))
            {
                yield return Mismatch(grade, t, expected, evidence);
            }
        }

        // A grade stated for another score column (自评等级 beside 核查等级) against that column's own total.
        foreach (var column in context.Metadata.NarrativeColumnTotals.Concat(context.ScoreTables.SelectMany(s => s.ColumnTotals)))
        {
            if (Grades.Normalise(column.Grade) is { } grade && ColumnTotal(context, column) is { } own
                && Grades.For(own) is var band && grade != band && flagged.Add((grade, own)))
            {
                yield return Mismatch(grade, own, band, column.GradeEvidence);
            }
        }
    }

    /// <summary>A column's total: its own, else the one the table or the narrative prints for the same column.</summary>
    private static decimal? ColumnTotal(AnalysisContext context, ColumnTotal column) =>
        column.Total?.Value
        ?? context.ScoreTables.SelectMany(s => s.ColumnTotals).Concat(context.Metadata.NarrativeColumnTotals)
            .FirstOrDefault(c => c.Column == column.Column && c.Total is not null)?.Total?.Value;

    private Finding Mismatch(string grade, decimal total, string expected, Evidence? evidence) =>
        FindingFactory.Make(Name, Severity.Error,
            Msg.Of("finding.grade", ("grade", grade), ("total", total.Show()), ("expected", expected)),
            evidence is null ? [] : [evidence], total, null, relation: Msg.Of("relation.grade", ("total", total.Show()), ("expected", expected), ("stated", grade)), impact: Impact.Grade);
}
