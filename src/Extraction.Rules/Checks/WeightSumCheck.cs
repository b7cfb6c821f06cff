using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Checks;

/// <summary>Weights against their parent: each node with a printed weight against the weights of its
/// nearest weighted children (levels without printed weights are skipped), and the top level against 100.
/// Rows without a weight (加减分项) are left out; rows whose upper levels were lost make sums feasibility checks.</summary>
public sealed class WeightSumCheck : ICheck
{
    public string Name => CheckNames.WeightSum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        for (var t = 0; t < context.ScoreTables.Count; t++)
        {
            var table = context.ScoreTables[t];
            var depth = Depth(table);
            // A shallower part starting on the page after a deeper part is that table continued without its upper
            // levels: its rows are short rows of the deeper table.
            if (t > 0 && depth > 0 && Depth(context.ScoreTables[t - 1]) is var before && before > depth
                && ShortRows(NextPart(context.ScoreTables, t - 1), depth + 1))
            {
                depth = before;
            }

            var weighted = table.Indicators.Where(i => i.Weight is not null && i.Levels.Count > 0).ToArray();

            // A lone-name row in a three-level table is one whose upper levels were lost in reading: its parent
            // is unknown, so parents' sums are only known to be at least their known children.
            // The national form's funds row (执行率, a formula of the form's own) is one name by design, not a row that lost
            // its levels.
            var rows = depth >= 3 ? weighted.Where(i => i.Levels.Count > 1 || i.Formula is not null).ToArray() : weighted;
            // So is a two-name row of a three-level table continued on a page whose spanned upper cells were not
            // repeated (scans): it reads as 二级/三级 with the 一级 lost.
            var partial = rows.Length < weighted.Length || (depth >= 3 && rows.Any(i => i.Levels.Count < depth && i.Formula is null))
                || (depth >= 3 && ShortRows(NextPart(context.ScoreTables, t), depth));
            if (rows.Length < 2)
            {
                continue;
            }

            var nodes = new Dictionary<string, (decimal Weight, Indicator First)>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                for (var level = 0; level < row.Levels.Count; level++)
                {
                    var weight = level == row.Levels.Count - 1 ? row.Weight : row.Levels[level].Weight;
                    if (weight is { } w)
                    {
                        nodes.TryAdd(Key(row, level), (w, row));
                    }
                }
            }

            foreach (var (key, node) in nodes)
            {
                var level = key.Count(c => c == '/');
                if (level == node.First.Levels.Count - 1)
                {
                    continue;
                }

                // A row under the node without a weight (lost cell) makes the node's sum unknowable.
                if (table.Indicators.Any(r => r.Weight is null && r.Levels.Count > level + 1 && Key(r, level) == key))
                {
                    continue;
                }

                var children = new Dictionary<string, decimal>(StringComparer.Ordinal);
                var summed = new List<Evidence>();
                foreach (var row in rows.Where(r => r.Levels.Count > level + 1 && Key(r, level) == key))
                {
                    for (var l = level + 1; l < row.Levels.Count; l++)
                    {
                        if (nodes.TryGetValue(Key(row, l), out var child))
                        {
                            if (children.TryAdd(Key(row, l), child.Weight))
                            {
                                summed.Add(child.First.Evidence);
                            }

                            break;
                        }
                    }
                }

                if (partial && children.Values.Sum() <= node.Weight)
                {
                    continue;
                }

                var finding = Compare(node.Weight, children, node.First.Path.Take(level + 1).ToArray(), node.First.Evidence, summed);
                if (finding is not null)
                {
                    yield return finding;
                }
            }

            // Only rows read with all their levels name a 一级 indicator; a shorter row's first name is a lower level.
            var topRows = depth >= 3 ? rows.Where(r => r.Levels.Count == depth).ToArray() : rows;
            var topKeys = topRows.Select(r => Key(r, 0)).ToHashSet(StringComparer.Ordinal);
            var top = nodes.Where(n => topKeys.Contains(n.Key)).ToDictionary(n => n.Key, n => n.Value.Weight);
            // A section of a split table does not add up to 100; a misprinted weight moves the sum a little.
            // Weights printed for the lowest level only: their sum against the total row's own 分值. A printed total
            // is the document's statement, so any distance counts; a table read partly says nothing, and neither
            // does one broken over pages (a row cut by the break can be lost without a trace) unless its scores add up to
            // the table's printed total: then every scored row was read.
            if (!partial && table.TotalWeight is { } totalWeight && rows.Length >= 3
                && (table.Indicators.All(i => i.Evidence.Page == totalWeight.Evidence.Page) || ScoresMeetTotal(table))
                && rows.All(r => r.Levels.Take(r.Levels.Count - 1).All(l => l.Weight is null))
                && LeafWeights(rows) is { } leaves
                && Compare(totalWeight.Value, leaves, [totalWeight.Label], totalWeight.Evidence, rows.Select(r => r.Evidence)) is { } leafFinding)
            {
                yield return leafFinding;
            }

            if (top.Count >= 2 && (!partial || top.Values.Sum() > 100m) && top.Count == topRows.Select(r => TextNormalizer.Key(StripWeight(r.Levels[0].Name))).Distinct().Count()
                && Math.Abs(top.Values.Sum() - 100m) <= 20m)
            {
                var finding = Compare(100m, top, ["合计"], table.Indicators[0].Evidence, top.Keys.Select(k => nodes[k].First.Evidence));
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>Each row's own weight by its path, or null when two rows share a path (the sum would be ambiguous).</summary>
    private static Dictionary<string, decimal>? LeafWeights(IReadOnlyList<Indicator> rows)
    {
        var leaves = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!leaves.TryAdd(Key(row, row.Levels.Count - 1), row.Weight!.Value))
            {
                return null;
            }
        }

        return leaves;
    }

    /// <summary>Every row has a score and they add up to the total row's score (each as printed, rounded half-up):
    /// a row lost at a page break would take its score with it. Only a row scored 0 could go unseen.</summary>
    private static bool ScoresMeetTotal(ScoreTable table) =>
        table.Total is { } total && table.Indicators.Count > 0 && table.Indicators.All(i => i.Score is not null)
        && Interval.Sum(table.Indicators.Select(i => ScoreIntervals.Of(i.Score!.Value, i.ScoreText))).Meets(Interval.HalfUp(total.Value, total.Decimals));

    private static int Depth(ScoreTable table) => table.Indicators.Count == 0 ? 0 : table.Indicators.Max(i => i.Levels.Count);

    /// <summary>The first later table part starting on the page after this part's last page: after a page break its
    /// rows may lack their upper levels (spanned cells not repeated) and hold children of this part's last parents.</summary>
    private static ScoreTable? NextPart(IReadOnlyList<ScoreTable> tables, int index)
    {
        if (tables[index].Indicators.Count == 0)
        {
            return null;
        }

        var lastPage = tables[index].Indicators.Max(i => i.Evidence.Page);
        return tables.Skip(index + 1).FirstOrDefault(p => p.Indicators.Count > 0 && p.Indicators.Min(i => i.Evidence.Page) == lastPage + 1);
    }

    /// <summary>Whether a part has weighted rows with fewer than <paramref name="depth"/> levels.</summary>
    private static bool ShortRows(ScoreTable? part, int depth) =>
        part is not null && part.Indicators.Any(i => i.Weight is not null && i.Levels.Count < depth);

    /// <summary>The finding rests on the parent's cell and on every row it sums (<paramref name="summed"/>): a child read
    /// doubtfully on a scan is as likely the cause as the parent.</summary>
    private Finding? Compare(decimal parent, Dictionary<string, decimal> children, IReadOnlyList<string> path, Evidence evidence, IEnumerable<Evidence> summed)
    {
        if (children.Count == 0)
        {
            return null;
        }

        var sum = children.Values.Sum();
        if (sum == parent)
        {
            return null;
        }

        var name = string.Join("/", path);
        return FindingFactory.Make(Name, Severity.Error,
            Msg.Of("finding.weight_sum", ("indicator", name), ("computed", sum.Show()), ("stated", parent.Show())),
            [evidence, .. summed.Where(e => e != evidence).Distinct()], parent, sum, relation: FindingFactory.Relation(string.Join("+", children.Values.Select(v => v.Show())), sum.Show(), parent.Show()),
            impact: Impact.Total, indicator: path);
    }

    private static string Key(Indicator row, int level) =>
        string.Join("/", row.Levels.Take(level + 1).Select(l => TextNormalizer.Key(StripWeight(l.Name))));

    /// <summary>"部门决策 (20分)" and "部门决策" are the same node.</summary>
    internal static string StripWeight(string name)
    {
        var i = name.IndexOfAny(['(', '（']);
        return i > 0 ? name[..i] : name;
    }
}
