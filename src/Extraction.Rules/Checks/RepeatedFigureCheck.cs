using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;
using Extraction.Text;

namespace Extraction.Rules.Checks;

/// <summary>The same quantity printed with different values: (1) two figures with the same label whose
/// values cannot be equal and differ like a misprint (one digit, or under 10 %); (2) two sentences that
/// share an identical anchor amount and print the other amount with one digit more, fewer or changed
/// ("2019年末存量资金57981.03元 / 2018年…310155.3元" vs "2019年…5798.03元 / 2018年…310155.3元").</summary>
public sealed class RepeatedFigureCheck : ICheck
{
    public string Name => CheckNames.TextTable;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var reported = new HashSet<(decimal, decimal)>();
        foreach (var f in ByLabel(context, reported))
        {
            yield return f;
        }

        foreach (var f in ByAnchor(context, reported))
        {
            yield return f;
        }
    }

    private IEnumerable<Finding> ByLabel(AnalysisContext context, HashSet<(decimal, decimal)> reported)
    {
        // Only a text figure against a table figure of the same specific label: rows of one table and
        // clauses of one paragraph reuse generic labels for different things.
        var scoreTables = Engine.InputResolver.ScoreTableIndices(context);
        var groups = context.Figures
            .Where(f => TextNormalizer.Key(f.Label).Length >= 5 && !Engine.InputResolver.LooksLikeRuleText(f.Label) && !(f.Evidence.Cell is { } c && scoreTables.Contains(c.Table)))
            .GroupBy(f => (TextNormalizer.Key(f.Label), Units.Kind(f.Unit)));
        foreach (var group in groups)
        {
            var figures = group.ToArray();
            for (var i = 0; i < figures.Length; i++)
            {
                for (var j = i + 1; j < figures.Length; j++)
                {
                    var (a, b) = (figures[i], figures[j]);
                    var ia = Units.Normalise(Interval.HalfUp(a.Value, a.Decimals), a.Unit);
                    var ib = Units.Normalise(Interval.HalfUp(b.Value, b.Decimals), b.Unit);
                    if (a.Origin == b.Origin || ia.Meets(ib) || a.Approximate || b.Approximate || !LooksLikeMisprint(a.Text, b.Text))
                    {
                        continue;
                    }

                    if (!reported.Add(Key(a.Value, b.Value)))
                    {
                        continue;
                    }

                    var check = CheckNames.TextTable;
                    var percent = Units.IsPercent(a.Unit);
                    var gap = Math.Abs(a.Value - b.Value);
                    yield return FindingFactory.Make(check,
                        FindingFactory.ByGap(gap, Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)), percent),
                        Msg.Of("finding.repeated_figure", ("label", a.Label), ("a", Engine.FigureText.Show(a)), ("b", Engine.FigureText.Show(b))),
                        [a.Evidence, b.Evidence], a.Value, b.Value, relation: FindingFactory.Same($"{a.Label} {a.Text}", b.Text));
                }
            }
        }
    }

    private IEnumerable<Finding> ByAnchor(AnalysisContext context, HashSet<(decimal, decimal)> reported)
    {
        var sentences = new List<(Passage Passage, Quantity[] Items)>();
        var view = DocumentText.Of(context);
        foreach (var passage in view.Passages)
        {
            var quantities = view.Quantities(passage);
            foreach (var (s, e) in Passages.Sentences(passage.Text, splitAtSemicolon: false))
            {
                var items = quantities.Where(q => q.Start >= s && q.End <= e && q.Kind == "amount").ToArray();
                if (items.Length >= 2)
                {
                    sentences.Add((passage, items));
                }
            }
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            for (var j = i + 1; j < sentences.Count; j++)
            {
                var x = sentences[i].Items;
                var y = sentences[j].Items;
                var anchors = x.Where(a => a.Digits.Length >= 4 && y.Any(b => b.Number.Text == a.Number.Text && b.Unit == a.Unit)).ToArray();
                if (anchors.Length == 0)
                {
                    continue;
                }

                foreach (var a in x.Where(q => !anchors.Contains(q)))
                {
                    foreach (var b in y.Where(q => q.Unit == a.Unit && q.Number.Text != a.Number.Text))
                    {
                        if (Significant(a.Digits) < 5 || Significant(b.Digits) < 5 || EditDistance(a.Digits, b.Digits) != 1 || y.Any(q => q.Number.Text == a.Number.Text) || x.Any(q => q.Number.Text == b.Number.Text))
                        {
                            continue;
                        }

                        if (!reported.Add(Key(a.Value, b.Value)))
                        {
                            continue;
                        }

                        var check = a.Passage.InTable != b.Passage.InTable ? CheckNames.TextTable : CheckNames.TextText;
                        var gap = Math.Abs(a.Value - b.Value);
                        yield return FindingFactory.Make(check,
                            FindingFactory.ByGap(gap, Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)), false),
                            Msg.Of("finding.repeated_amount", ("a", a.Printed), ("b", b.Printed), ("anchor", anchors[0].Printed)),
                            [a.Evidence, b.Evidence], a.Value, b.Value, relation: FindingFactory.Same(a.Printed, b.Printed));
                    }
                }
            }
        }
    }

    /// <summary>Digits without trailing zeros: round numbers (3000, 4000) are too alike to call a misprint.</summary>
    private static int Significant(string digits) => digits.TrimStart('0').TrimEnd('0').Length;

    private static (decimal, decimal) Key(decimal a, decimal b) => a <= b ? (a, b) : (b, a);

    /// <summary>One digit more, fewer or changed; identical digits (a unit clash) are the unit check's.</summary>
    private static bool LooksLikeMisprint(string a, string b)
    {
        var da = new string(a.Where(char.IsDigit).ToArray());
        var db = new string(b.Where(char.IsDigit).ToArray());
        return da.Length >= 3 && db.Length >= 3 && EditDistance(da, db) == 1;
    }


    internal static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 40 || b.Length > 40)
        {
            return 3;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }
}
