using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>One reading of a score-table section: how many distinct indicators it holds at each level (二级 = 2,
/// 三级 = 3), its weight and its score; null where the reading cannot tell (a row read without its upper levels, a
/// missing weight or score).</summary>
internal sealed record SectionReading(IReadOnlyDictionary<int, int> Counts, Interval? Weight, IReadOnlyList<Interval> Scores)
{
    /// <summary>The section table's own 合计 row and the sum of its rows, when it prints one.</summary>
    public (Figure Total, Interval Sum)? TotalRow { get; init; }

    /// <summary>The rows under a level-1 node of a table whose rows all carry the full path (一级/二级/三级).</summary>
    public static SectionReading? OfNode(ScoreTable table, string sectionKey)
    {
        var depth = table.Indicators.Count == 0 ? 0 : table.Indicators.Max(i => i.Levels.Count);
        if (depth < 2)
        {
            return null;
        }

        var rows = table.Indicators.Where(i => Key(i.Levels[0].Name) == sectionKey).ToArray();
        if (rows.Length == 0 || rows.Any(r => r.Levels.Count != depth))
        {
            return null;
        }

        var counts = new Dictionary<int, int>();
        for (var level = 1; level < depth; level++)
        {
            counts[level + 1] = rows.Select(r => string.Join("/", r.Path.Take(level + 1))).Distinct().Count();
        }

        var weight = rows[0].Levels[0].Weight is { } w ? Interval.Point(w) : (Interval?)null;

        // Rows whose weights do not add up to the section's weight were not all read under it (a row lost, or a row of
        // another section taken in where a level cell's span was misread): their score sum is no reading of the section.
        if (weight is { } sectionWeight && rows.All(r => r.Weight is not null) && !Interval.Sum(rows.Select(r => Interval.Point(r.Weight!.Value))).Meets(sectionWeight))
        {
            return null;
        }

        return new SectionReading(counts, weight, ScoreSum(rows) is { } s ? [s] : []);
    }

    /// <summary>A table printed for the section alone (a section's 得分情况表): its top level is the section's 二级, its
    /// rows the 三级; weight = Σ top-level weights, score = its total row or Σ row scores.</summary>
    public static SectionReading? OfTable(ScoreTable table)
    {
        var rows = table.Indicators;
        if (rows.Count == 0 || rows.Any(r => r.Levels.Count != 2))
        {
            return null;
        }

        var parents = rows.GroupBy(r => r.Levels[0].Name).ToArray();
        var counts = new Dictionary<int, int> { [2] = parents.Length, [3] = rows.Count };
        Interval? weight = parents.All(p => p.First().Levels[0].Weight is not null)
            ? Interval.Sum(parents.Select(p => Interval.Point(p.First().Levels[0].Weight!.Value)))
            : null;
        var scores = new List<Interval>();
        if (table.Total is { } total)
        {
            scores.Add(Interval.HalfUp(total.Value, total.Decimals));
        }

        if (ScoreSum(rows) is { } sum)
        {
            scores.Add(sum);
        }

        return new SectionReading(counts, weight, scores)
        {
            TotalRow = table.Total is { } t && ScoreSum(rows) is { } rowSum ? (t, rowSum) : null,
        };
    }

    public static string Key(string name) => IndicatorLabel.Of(name).Name.TrimEnd('类');

    private static Interval? ScoreSum(IReadOnlyList<Indicator> rows) =>
        rows.All(r => PrintedScore.Score(r) is not null) ? Interval.Sum(rows.Select(r => PrintedScore.Score(r)!.Value)) : null;
}
