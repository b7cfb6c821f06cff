using System.Text.RegularExpressions;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Tests.Mutations;

/// <summary>Chooses what to change from the pipeline's own output on the clean document: indicator scores and
/// weights, the table and narrative totals, the grade word, the numbers of relations the narrative states
/// (其中 parts and their total, the values of a stated average and the average, two amounts and their
/// percentage) verified to hold in the baseline, printed formulas' operands and results, and amounts' units.
/// Nothing here names a seed: any document the pipeline reads yields its own targets.</summary>
internal static partial class TargetFinder
{
    public static IReadOnlyList<Target> Find(DocumentResult baseline)
    {
        if (baseline.Document is null)
        {
            return [];
        }

        var stream = new DocumentStream(baseline.Document);
        var targets = new List<Target>();
        AddIndicators(baseline, stream, targets);
        AddTotalsAndGrades(baseline, stream, targets);
        AddRelations(baseline, stream, targets);
        AddFormulas(baseline, stream, targets);
        return targets.DistinctBy(t => (t.Kind, t.Text, t.Left, t.Right, t.Unit)).ToArray();
    }

    private static void AddIndicators(DocumentResult baseline, DocumentStream stream, List<Target> targets)
    {
        string[] scoreChecks = ["total_mismatch", "rescore_mismatch", "score_exceeds_weight"];
        string[] weightChecks = ["weight_sum_mismatch", "score_exceeds_weight", "rescore_mismatch", "total_mismatch"];
        foreach (var indicator in baseline.ScoreTables.SelectMany(t => t.Indicators))
        {
            if (indicator.Score is null || indicator.Weight is null || indicator.Evidence.Cell is not { } cell)
            {
                continue;
            }

            var host = stream.HostOfCell(cell);
            if (host < 0 || !SameNumber(stream.HostText(host), indicator.Score.Value))
            {
                continue;
            }

            var where = string.Join("/", indicator.Path);
            if (NumberIn(stream, host, "score", where) is { } score)
            {
                targets.Add(score with { Indicator = indicator.Path, RelationChecks = scoreChecks });
            }

            // The weight cell: the nearest cell left of the score that prints the weight.
            var weightCell = stream.Row(cell).Where(c => c.Cell.Column < cell.Column && SameNumber(c.Text, indicator.Weight.Value))
                .OrderByDescending(c => c.Cell.Column).FirstOrDefault();
            if (weightCell.Text is not null && NumberIn(stream, weightCell.Host, "weight", where) is { } weight)
            {
                targets.Add(weight with { Indicator = indicator.Path, RelationChecks = weightChecks });
            }
        }
    }

    private static void AddTotalsAndGrades(DocumentResult baseline, DocumentStream stream, List<Target> targets)
    {
        string[] totalChecks = ["total_mismatch", "grade_mismatch"];
        foreach (var table in baseline.ScoreTables)
        {
            if (table.Total is { } total && stream.Host(total.Evidence) is var host and >= 0 && NumberIn(stream, host, "total_table", "合计", total.Text) is { } t)
            {
                targets.Add(t with { RelationChecks = totalChecks });
            }

            if (table.Grade is { } grade && table.GradeEvidence is { } ge && GradeIn(stream, ge, grade) is { } g)
            {
                targets.Add(g);
            }
        }

        var narrative = baseline.Metadata.NarrativeTotal ?? (baseline.Metadata.StatedTotal is { Evidence.Cell: null } s ? s : null);
        if (narrative is not null && stream.Host(narrative.Evidence) is var h and >= 0
            && Occurrence(stream.HostText(h), narrative.Text, narrative.Evidence.Quote) is { } at)
        {
            targets.Add(stream.At("total_text", h, at, narrative.Text.Length, "总分 (text)") with { RelationChecks = totalChecks });
        }

        if (baseline.Metadata.StatedGrade is { } stated && baseline.Metadata.GradeEvidence is { } evidence && GradeIn(stream, evidence, stated) is { } sg)
        {
            targets.Add(sg);
        }
    }

    private static Target? GradeIn(DocumentStream stream, Evidence evidence, string grade)
    {
        var host = stream.Host(evidence);
        var word = grade.Trim();
        if (host < 0 || word.Length == 0 || Mutator.OtherGrade(word) is null)
        {
            return null;
        }

        var text = stream.HostText(host);
        var quoteAt = text.IndexOf(evidence.Quote, StringComparison.Ordinal);
        var at = text.IndexOf(word, Math.Max(0, quoteAt), StringComparison.Ordinal);
        at = at < 0 ? text.IndexOf(word, StringComparison.Ordinal) : at;
        return at < 0 ? null : stream.At("grade", host, at, word.Length, "评价等级") with { IsGrade = true, RelationChecks = ["grade_mismatch"] };
    }

    /// <summary>Relations the narrative states, one host (paragraph or prose cell) at a time.</summary>
    private static void AddRelations(DocumentResult baseline, DocumentStream stream, List<Target> targets)
    {
        foreach (var group in baseline.Figures.Where(f => f.Origin == "text").GroupBy(f => stream.Host(f.Evidence)))
        {
            if (group.Key < 0)
            {
                continue;
            }

            var text = stream.HostText(group.Key);
            var placed = new List<(Figure Figure, int At)>();
            var from = 0;
            foreach (var f in group)
            {
                // Figures come in text order; each is the next occurrence of its printed text after its label.
                var labelAt = text.IndexOf(f.Label, from, StringComparison.Ordinal);
                var at = FindNumber(text, f.Text, labelAt >= 0 ? labelAt : from) ?? FindNumber(text, f.Text, 0);
                if (at is { } a && placed.All(p => p.At != a))
                {
                    placed.Add((f, a));
                    from = a + f.Text.Length;
                }
            }

            placed.Sort((x, y) => x.At.CompareTo(y.At));
            MeanRelation(stream, group.Key, text, placed, targets);
            SumRelation(stream, group.Key, text, placed, targets);
            RatioRelation(stream, group.Key, placed, targets);
        }
    }

    private static void MeanRelation(DocumentStream stream, int host, string text, List<(Figure Figure, int At)> placed, List<Target> targets)
    {
        for (var k = text.IndexOf("平均", StringComparison.Ordinal); k >= 0; k = text.IndexOf("平均", k + 2, StringComparison.Ordinal))
        {
            var stated = placed.FirstOrDefault(p => p.At > k && p.At - k <= 16);
            if (stated.Figure is null)
            {
                continue;
            }

            var clauseStart = Math.Max(text.LastIndexOf('。', k) + 1, 0);
            var members = placed.Where(p => p.At >= clauseStart && p.At < k && p.Figure.Unit == stated.Figure.Unit).ToList();
            if (members.Count < 2)
            {
                continue;
            }

            var relation = new Relation("mean", members.Select(m => Op(m.Figure, 1m)).ToArray(), Op(stated.Figure, 1m));
            if (!relation.Holds)
            {
                continue;
            }

            for (var i = 0; i < members.Count; i++)
            {
                targets.Add(Number(stream, host, members[i], "average_member", relation.Operands[i], relation, ["average_mismatch"], members.Append(stated)));
            }

            targets.Add(Number(stream, host, stated, "average", relation.Result, relation, ["average_mismatch"], members));
        }
    }

    private static void SumRelation(DocumentStream stream, int host, string text, List<(Figure Figure, int At)> placed, List<Target> targets)
    {
        for (var k = text.IndexOf("其中", StringComparison.Ordinal); k >= 0; k = text.IndexOf("其中", k + 2, StringComparison.Ordinal))
        {
            var total = placed.LastOrDefault(p => p.At < k && Family(p.Figure) is not null);
            if (total.Figure is null)
            {
                continue;
            }

            var family = Family(total.Figure);
            var end = text.IndexOfAny(['。', '；', ';'], k);
            end = end < 0 ? text.Length : end;
            var parts = placed.Where(p => p.At > k && p.At < end).TakeWhile(p => Family(p.Figure) == family).ToList();
            // The longest leading run of parts that makes the total is the partition.
            for (var n = parts.Count; n >= 2; n--)
            {
                var run = parts.Take(n).ToList();
                var relation = new Relation("sum", run.Select(p => Op(p.Figure, Scale(p.Figure))).ToArray(), Op(total.Figure, Scale(total.Figure)));
                if (!relation.Holds)
                {
                    continue;
                }

                string[] checks = ["sum_mismatch", "unit_mismatch"];
                for (var i = 0; i < run.Count; i++)
                {
                    targets.Add(Number(stream, host, run[i], "sum_part", relation.Operands[i], relation, checks, run.Append(total)));
                    AddUnit(stream, host, run[i], relation, relation.Operands[i], targets, run.Append(total));
                }

                targets.Add(Number(stream, host, total, "sum_total", relation.Result, relation, checks, run));
                AddUnit(stream, host, total, relation, relation.Result, targets, run);
                break;
            }
        }
    }

    private static void RatioRelation(DocumentStream stream, int host, List<(Figure Figure, int At)> placed, List<Target> targets)
    {
        for (var i = 0; i < placed.Count; i++)
        {
            var p = placed[i];
            if (p.Figure.Unit != "%")
            {
                continue;
            }

            var amounts = placed.Take(i).Where(a => Family(a.Figure) is not null).TakeLast(3).ToArray();
            foreach (var (a, b) in amounts.SelectMany(a => amounts.Where(b => b.At != a.At).Select(b => (a, b))))
            {
                if (Family(a.Figure) != Family(b.Figure) || b.Figure.Value == 0)
                {
                    continue;
                }

                var relation = new Relation("ratio", [Op(a.Figure, Scale(a.Figure)), Op(b.Figure, Scale(b.Figure))], Op(p.Figure, 1m));
                if (!relation.Holds)
                {
                    continue;
                }

                string[] checks = ["ratio_mismatch"];
                var group = new[] { a, b, p };
                targets.Add(Number(stream, host, p, "percentage", relation.Result, relation, checks, group));
                targets.Add(Number(stream, host, a, "ratio_amount", relation.Operands[0], relation, checks, group));
                targets.Add(Number(stream, host, b, "ratio_amount", relation.Operands[1], relation, checks, group));
                AddUnit(stream, host, a, relation, relation.Operands[0], targets, group);
                break;
            }
        }
    }

    private static void AddFormulas(DocumentResult baseline, DocumentStream stream, List<Target> targets)
    {
        foreach (var formula in baseline.Formulas)
        {
            var host = stream.Host(formula.Evidence);
            if (host < 0)
            {
                continue;
            }

            var text = stream.HostText(host);
            var at = text.IndexOf(formula.Expression, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var cursor = at;
            foreach (var operand in formula.Operands)
            {
                var o = FindNumber(text, operand.Text, cursor);
                if (o is null)
                {
                    break;
                }

                var relation = new FormulaRelation(formula.Expression, o.Value - at, formula.Result.Text, formula.ResultUnit == "%");
                targets.Add(stream.At("formula_operand", host, o.Value, operand.Text.Length, formula.Expression) with { RelationChecks = ["formula_mismatch"], Formula = relation });
                cursor = o.Value + operand.Text.Length;
            }

            var eq = text.IndexOfAny(['=', '＝'], cursor);
            if (eq >= 0 && FindNumber(text, formula.Result.Text, eq) is { } r)
            {
                var relation = new FormulaRelation(formula.Expression, -1, formula.Result.Text, formula.ResultUnit == "%");
                targets.Add(stream.At("formula_result", host, r, formula.Result.Text.Length, formula.Expression) with { RelationChecks = ["formula_mismatch"], Formula = relation });
            }
        }
    }

    private static void AddUnit(DocumentStream stream, int host, (Figure Figure, int At) f, Relation relation, Operand operand, List<Target> targets, IEnumerable<(Figure Figure, int At)> group)
    {
        if (f.Figure.Unit is not ("万元" or "元"))
        {
            return;
        }

        var number = NumberPart(f.Figure.Text);
        var unitAt = f.At + number.Length;
        var text = stream.HostText(host);
        if (!text.AsSpan(unitAt).StartsWith(f.Figure.Unit, StringComparison.Ordinal))
        {
            return;
        }

        targets.Add(stream.At("unit", host, unitAt, f.Figure.Unit.Length, f.Figure.Label) with
        {
            Unit = f.Figure.Unit,
            Relation = relation,
            RelationChecks = ["unit_mismatch", "sum_mismatch", "ratio_mismatch"],
            Operand = operand,
            Related = group.Where(g => g.At != f.At).Select(g => NumberPart(g.Figure.Text)).ToArray(),
        });
    }

    private static Target Number(DocumentStream stream, int host, (Figure Figure, int At) f, string kind, Operand operand, Relation relation, string[] checks, IEnumerable<(Figure Figure, int At)> group) =>
        stream.At(kind, host, f.At, NumberPart(f.Figure.Text).Length, f.Figure.Label) with
        {
            Relation = relation,
            Operand = operand,
            RelationChecks = checks,
            Related = group.Where(g => g.At != f.At).Select(g => NumberPart(g.Figure.Text)).ToArray(),
        };

    private static Target? NumberIn(DocumentStream stream, int host, string kind, string where, string? printed = null)
    {
        var text = stream.HostText(host);
        var m = printed is null ? NumberToken().Match(text) : null;
        var at = printed is null ? (m!.Success ? m.Index : -1) : FindNumber(text, NumberPart(printed), 0) ?? -1;
        var length = printed is null ? m!.Length : NumberPart(printed).Length;
        return at < 0 ? null : stream.At(kind, host, at, length, where);
    }

    private static int? Occurrence(string text, string printed, string quote)
    {
        var q = text.IndexOf(quote, StringComparison.Ordinal);
        return FindNumber(text, NumberPart(printed), Math.Max(0, q)) ?? FindNumber(text, NumberPart(printed), 0);
    }

    /// <summary>First occurrence of <paramref name="printed"/> at or after <paramref name="from"/> not inside a longer number.</summary>
    private static int? FindNumber(string text, string printed, int from)
    {
        for (var i = text.IndexOf(printed, from, StringComparison.Ordinal); i >= 0; i = text.IndexOf(printed, i + 1, StringComparison.Ordinal))
        {
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + printed.Length < text.Length ? text[i + printed.Length] : ' ';
            if (!char.IsDigit(before) && before != '.' && before != ',' && !(char.IsDigit(printed[^1]) && (char.IsDigit(after) || (after == '.' && i + printed.Length + 1 < text.Length && char.IsDigit(text[i + printed.Length + 1])))))
            {
                return i;
            }
        }

        return null;
    }

    private static bool SameNumber(string cellText, decimal value) =>
        PrintedNumber.TryParse(TextNormalizer.RemoveWhitespace(cellText), out var n) && n.Value == value;

    private static string NumberPart(string printed) => NumberToken().Match(printed) is { Success: true } m && m.Index == 0 ? m.Value : printed;

    private static string? Family(Figure f) => f.Unit switch
    {
        "元" or "万元" or "亿元" or "千元" => "amount",
        null or "%" or "分" => null,
        var u => u,
    };

    private static decimal Scale(Figure f) => f.Unit switch
    {
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        "千元" => 1_000m,
        _ => 1m,
    };

    private static Operand Op(Figure f, decimal scale) => new(f.Value * scale, 0.5m * scale / Pow10(f.Decimals), scale);

    private static decimal Pow10(int d) => d <= 0 ? 1m : 10m * Pow10(d - 1);

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex NumberToken();
}
