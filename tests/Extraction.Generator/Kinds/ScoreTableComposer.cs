using Extraction.Generator.Build;
using Extraction.Generator.Frameworks;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>Prints a score table in a framework's column order: upper levels spanning their rows, a weight and one score
/// cell per score column, the actual value where the framework has a column or note for it, a 合计 row and optionally
/// a grade row and 小计 rows per section. Records score rows, totals and the relations that hold: score_bound, rescore,
/// weight_sum, score_total, subtotal, grade.</summary>
public static class ScoreTableComposer
{
    public static ScoreTable Compose(DocBuilder doc, Framework framework, IReadOnlyList<Leaf> leaves, IReadOnlyList<(string Key, string Header)> scoreColumns,
        string? caption, bool subtotals, bool gradeRow, string noteHeader, bool integersBare)
    {
        var d = doc.Draw;
        var keys = framework.Columns.SelectMany(c => c == "score" ? scoreColumns.Select(s => "score:" + s.Key) : [c]).ToList();
        if (scoreColumns.Count > 1 && !keys.Contains("note"))
        {
            keys.Add("note");
        }

        var t = doc.Table("score", caption, keys.Count, 1);
        for (var c = 0; c < keys.Count; c++)
        {
            var key = keys[c];
            t.Cell(0, c, key.StartsWith("score:", StringComparison.Ordinal) ? scoreColumns.First(s => "score:" + s.Key == key).Header
                : key == "note" ? noteHeader : framework.Headers[key]);
        }

        var ruleColumn = scoreColumns[^1].Key;
        var row = 1;
        var printed = new List<(Leaf, IReadOnlyDictionary<string, Run>, Run?)>();
        var weightRuns = new List<Run>();
        var sectionSums = new List<(Section Section, List<Run> Weights, Dictionary<string, List<Run>> Scores)>();
        foreach (var section in leaves.GroupBy(l => l.SectionIndex))
        {
            var sectionLeaves = section.ToList();
            var first = row;
            var sums = (sectionLeaves[0].Section, new List<Run>(), scoreColumns.ToDictionary(s => s.Key, _ => new List<Run>()));
            foreach (var group in sectionLeaves.GroupBy(l => l.GroupIndex))
            {
                var groupFirst = row;
                foreach (var leaf in group)
                {
                    var scores = new Dictionary<string, Run>();
                    Run? actual = null;
                    for (var c = 0; c < keys.Count; c++)
                    {
                        var key = keys[c];
                        switch (key)
                        {
                            case "code":
                                t.Cell(row, c, leaf.Code(framework.CodeStyle));
                                break;
                            case "l3":
                                t.Cell(row, c, leaf.Name);
                                break;
                            case "weight":
                                var w = doc.Quantity(leaf.Name + "分值", leaf.Weight, "分");
                                var wr = doc.Say(w, leaf.Weight == decimal.Truncate(leaf.Weight) ? 0 : 1, suffix: "");
                                weightRuns.Add(wr);
                                sums.Item2.Add(wr);
                                t.Cell(row, c, wr);
                                break;
                            case "criteria":
                                t.Cell(row, c, leaf.Criteria);
                                break;
                            case "actual":
                                actual = ActualRun(doc, leaf);
                                t.Cell(row, c, actual is null ? "—" : actual);
                                break;
                            case "note":
                                var (parts, noteActual) = Note(doc, leaf, scoreColumns.Count > 1 && actual is null);
                                actual ??= noteActual;
                                t.Cell(row, c, parts);
                                break;
                            case "l1" or "l2":
                                break;
                            default:
                                var column = key["score:".Length..];
                                var value = leaf.Scores[column];
                                var q = doc.Quantity(leaf.Name + "得分", value, "分", new Qualifiers(Scope: column));
                                var sr = doc.Say(q, integersBare && value == decimal.Truncate(value) ? 0 : 2, suffix: "");
                                scores[column] = sr;
                                sums.Item3[column].Add(sr);
                                t.Cell(row, c, sr);
                                break;
                        }
                    }

                    printed.Add((leaf, scores, actual));
                    row++;
                }

                if (keys.IndexOf("l2") is var l2 and >= 0)
                {
                    t.Span(groupFirst, l2, row - groupFirst, 1, group.First().Group);
                }
            }

            if (keys.IndexOf("l1") is var l1 and >= 0)
            {
                t.Span(first, l1, row - first, 1, section.First().Section.Name);
            }

            sectionSums.Add(sums);
            if (subtotals)
            {
                row = Subtotal(doc, t, keys, row, sums, scoreColumns);
            }
        }

        var labelSpan = keys.FindIndex(k => k is "weight" or "criteria" or "actual" || k.StartsWith("score:", StringComparison.Ordinal));
        t.Span(row, 0, 1, Math.Max(1, labelSpan), d.Pick<string>(["合计", "总分", "合  计", "总计"]));
        var totals = new Dictionary<string, Run>();
        var totalQuantities = new Dictionary<string, Run>();
        Run? weightTotal = null;
        for (var c = labelSpan; c < keys.Count; c++)
        {
            var key = keys[c];
            if (key == "weight")
            {
                var q = doc.Quantity("总分值", weightRuns.Sum(r => doc.MentionOf(r).Value), "分");
                weightTotal = doc.Say(q, 0, suffix: "");
                doc.Relate("weight_sum", "sum", weightTotal, [.. weightRuns]);
                t.Cell(row, c, weightTotal);
            }
            else if (key.StartsWith("score:", StringComparison.Ordinal))
            {
                var column = key["score:".Length..];
                var parts = printed.Select(p => p.Item2[column]).ToArray();
                var q = doc.Quantity("总得分", parts.Sum(r => doc.MentionOf(r).Value), "分", new Qualifiers(Scope: column));
                var total = doc.Say(q, 2, suffix: "");
                doc.Relate("score_total", "sum", total, parts);
                totals[column] = total;
                totalQuantities[column] = total;
                t.Cell(row, c, total);
            }
        }

        row++;
        if (gradeRow)
        {
            var gradeCells = new List<(int Column, Run Grade)>();
            foreach (var (key, _) in scoreColumns)
            {
                var g = doc.GradeQuantity(doc.MentionOf(totals[key]).Value, "等级");
                var gr = doc.SayGrade(g);
                doc.Relate("grade", "grade", gr, totals[key]);
                gradeCells.Add((keys.IndexOf("score:" + key), gr));
            }

            t.Span(row, 0, 1, Math.Max(1, labelSpan), "评价等级");
            foreach (var (column, grade) in gradeCells)
            {
                t.Cell(row, column, grade);
            }

            row++;
        }

        var table = t.Add();
        foreach (var (leaf, scores, actual) in printed)
        {
            var weightMention = weightRuns[printed.FindIndex(p => p.Item1 == leaf)];
            foreach (var (column, run) in scores)
            {
                doc.Relate("score_bound", "le", run, weightMention);
            }

            if (leaf.Rule is { } rule && actual is not null)
            {
                doc.Relate("rescore", "rule", scores[ruleColumn], rule, actual, weightMention);
            }

            var path = keys.Contains("l2") ? new[] { leaf.Section.Name, leaf.Group, leaf.Name } : [leaf.Section.Name, leaf.Name];
            var mentionRow = doc.MentionOf(weightMention).At.Row ?? 0;
            doc.Row(new ScoreRow(table.Index, mentionRow, path, framework.CodeStyle == "none" ? null : leaf.Code(framework.CodeStyle), leaf.Weight,
                weightMention.Mention!, scores.ToDictionary(s => s.Key, s => new ScoreCell(doc.MentionOf(s.Value).Value, s.Value.Mention!)),
                leaf.Criteria, leaf.Template.Shape));
        }

        return new ScoreTable(table.Index, totals, totalQuantities, printed, weightTotal);
    }

    public static Run? ActualRun(DocBuilder doc, Leaf leaf) =>
        leaf.Actual is null ? null : doc.Say(leaf.Actual, doc.ValueOf(leaf.Actual) == decimal.Truncate(doc.ValueOf(leaf.Actual)) && leaf.Template.Unit != "%" ? 0 : 2,
            suffix: leaf.Template.Unit);

    private static (object[] Parts, Run? Actual) Note(DocBuilder doc, Leaf leaf, bool verifier)
    {
        var d = doc.Draw;
        if (leaf.Actual is null)
        {
            return (leaf.Scores.Values.Min() < leaf.Weight ? [d.Pick<string>(["部分工作有待完善，酌情扣分", "存在不足，扣分", "相关资料不够完整"])] : ["—"], null);
        }

        var actual = ActualRun(doc, leaf)!;
        return leaf.Template.Shape switch
        {
            "deduct" => ([d.Pick<string>(["发现问题", "检查发现", "存在问题"]), actual, verifier ? "，按标准扣分" : ""], actual),
            _ => ([d.Pick<string>(["实际完成", "实际", "完成值为", verifier ? "核查" + leaf.Name + "为" : leaf.Name]), actual], actual),
        };
    }

    private static int Subtotal(DocBuilder doc, TableBuilder t, IReadOnlyList<string> keys, int row,
        (Section Section, List<Run> Weights, Dictionary<string, List<Run>> Scores) sums, IReadOnlyList<(string Key, string Header)> scoreColumns)
    {
        var labelSpan = keys.ToList().FindIndex(k => k is "weight" or "criteria" or "actual" || k.StartsWith("score:", StringComparison.Ordinal));
        t.Span(row, 0, 1, Math.Max(1, labelSpan), "小计");
        for (var c = labelSpan; c < keys.Count; c++)
        {
            if (keys[c] == "weight")
            {
                var q = doc.Quantity(sums.Section.Name + "分值", sums.Weights.Sum(r => doc.MentionOf(r).Value), "分");
                var wr = doc.Say(q, 0, suffix: "");
                doc.Relate("subtotal", "sum", wr, [.. sums.Weights]);
                t.Cell(row, c, wr);
            }
            else if (keys[c].StartsWith("score:", StringComparison.Ordinal))
            {
                var column = keys[c]["score:".Length..];
                var q = doc.Quantity(sums.Section.Name + "得分", sums.Scores[column].Sum(r => doc.MentionOf(r).Value), "分", new Qualifiers(Scope: column));
                var sr = doc.Say(q, 2, suffix: "");
                doc.Relate("subtotal", "sum", sr, [.. sums.Scores[column]]);
                t.Cell(row, c, sr);
            }
        }

        _ = scoreColumns;
        return row + 1;
    }
}
