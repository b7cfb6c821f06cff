using Extraction.Messages;
using System.Text.RegularExpressions;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>A section's summary sentence — "过程指标包括2个二级指标以及5个三级指标，总分值25分，得分为11.47分，得分率为45.88%" —
/// against the score tables: the count of distinct 二级/三级 indicators, the section's weight, the sum of its scores, and
/// the rate against the stated (or the table's) score ÷ weight. Readings of the section: the level-1 node of that
/// name in any complete three-level table, and the section's own table printed right after the sentence; a part
/// is flagged only when no reading agrees with it. Statements in other wordings come from the fact table
/// (<see cref="SectionFacts"/>: a heading "（四）部门效益指标（满分26分，得分13.40分）" with the 得分率 printed under it) and are
/// held to themselves only.</summary>
public sealed partial class SectionSummaryCheck : ICheck
{
    public string Name => CheckNames.TextTable;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        if (context.ScoreTables.Count == 0)
        {
            yield break;
        }

        // Which score table starts at which non-empty table of the document (the reader's numbering).
        var tableStarts = context.ScoreTables
            .Select(t => (Table: t, Start: t.Indicators.Select(i => i.Evidence.Cell?.Table).FirstOrDefault(c => c is not null)))
            .Where(x => x.Start is not null).ToArray();
        var tableIndex = -1;
        var blocks = context.Document.Blocks.ToArray();
        var fromFacts = SectionFacts.Of(context.Facts.Facts).ToLookup(s => s.Block);
        for (var b = 0; b < blocks.Length; b++)
        {
            if (blocks[b] is Table t && t.RowCount > 0 && t.ColumnCount > 0)
            {
                tableIndex++;
            }

            if (blocks[b] is not Paragraph p)
            {
                continue;
            }

            var statements = p.HeadingLevel is null ? Worded(p).ToList() : [];
            statements.AddRange(fromFacts[b].Where(f => statements.All(s => s.Key != f.Key)));
            foreach (var statement in statements)
            {
                var readings = statement.SelfHeld ? [] : context.ScoreTables.Select(st => SectionReading.OfNode(st, statement.Key)).OfType<SectionReading>().ToList();
                if (!statement.SelfHeld && NextTable(blocks, b, tableIndex) is { } next && tableStarts.FirstOrDefault(x => x.Start == next).Table is { } own
                    && SectionReading.OfTable(own) is { } ownReading)
                {
                    readings.Add(ownReading);
                }

                // Without a reading of the section, a statement that prints weight, score and rate still holds itself.
                if (readings.Count == 0 && statement is not { Weight: not null, Score: not null, Rate: not null })
                {
                    continue;
                }

                foreach (var finding in Judge(statement, readings))
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>The summary sentences of a paragraph in the counted form (<see cref="Summary"/>).</summary>
    private static IEnumerable<SectionStatement> Worded(Paragraph p)
    {
        var text = TextNormalizer.ToHalfWidth(Passages.JoinLines(p.Text));
        foreach (Match m in Summary().Matches(text))
        {
            var evidence = new Evidence(p.Provenance.Page, Sentence(text, m.Index)) { Box = p.Provenance.Box, Confidence = p.Provenance.Confidence };
            yield return new SectionStatement(m.Groups["name"].Value, Number(m, "n2"), Number(m, "n3"), Number(m, "w"), Number(m, "s"), Number(m, "p"), evidence);
        }
    }

    private IEnumerable<Finding> Judge(SectionStatement statement, IReadOnlyList<SectionReading> readings)
    {
        var section = statement.Section;
        var evidence = statement.Evidence;
        foreach (var (count, level) in new[] { (statement.Level2, 2), (statement.Level3, 3) })
        {
            if (count is not { } n)
            {
                continue;
            }

            var known = readings.Select(r => r.Counts.TryGetValue(level, out var c) ? c : (int?)null).OfType<int>().Distinct().ToArray();
            if (known.Length > 0 && !known.Contains((int)n.Value))
            {
                var word = level == 2 ? "二级" : "三级";
                yield return FindingFactory.Make(Name, Severity.Warning,
                    Msg.Of("finding.section_count", ("section", section), ("stated", n.Text), ("level", word), ("known", string.Join("/", known))),
                    [evidence], n.Value, known[0], relation: Msg.Of("relation.computed", MsgArg.Term("formula", "formula.count"), ("level", word), ("section", section), ("computed", string.Join("/", known)), ("stated", n.Text)));
            }
        }

        var weight = statement.Weight;
        var score = statement.Score;
        if (weight is { } w && Check(section, "weight", w, readings.Select(r => r.Weight).OfType<Interval>().Select(i => (i, i.Mid)).ToArray(), evidence, percent: false) is { } wf)
        {
            yield return wf;
        }

        if (score is { } s && Check(section, "score", s, readings.SelectMany(r => r.Scores).Select(i => (i, i.Mid)).ToArray(), evidence, percent: false) is { } sf)
        {
            yield return sf;
        }

        // The section's own table (its rows add up to the text's score): a 合计 row printing the section's score otherwise.
        foreach (var r in readings)
        {
            if (score is { } ts && r.TotalRow is { } row && PrintedScore.Disagreement(ts, row.Sum) is null
                && PrintedNumber.TryParse(row.Total.Text, out var total) && PrintedScore.Disagreement(total, ts) is { } severity and not Severity.Info)
            {
                yield return FindingFactory.Make(Name, severity,
                    Msg.Of("finding.section_table_total", ("section", section), ("label", row.Total.Label), ("stated", total.Text), ("computed", row.Sum.Mid.Round2().Show()), ("text", ts.Text)),
                    [row.Total.Evidence, evidence], total.Value, ts.Value, relation: FindingFactory.Relation($"Σ {section}", row.Sum.Mid.Round2().Show(), total.Text), impact: Impact.Score);
            }
        }

        if (statement.Rate is not { } rate)
        {
            yield break;
        }

        // The statement's own weight and score are a weight and a score, not two printings of one: whole points exact
        // (ScoreIntervals.Of). Read as printed, "满分29分" would stand for 28.5–29.5 and hide a changed score's rate
        // ("得分28.49分" under 29 is 98.24 %, not the 98.28 % printed under it).
        var rates = new List<(Interval, decimal)>();
        if (weight is { } sw && score is { } ss && sw.Value != 0 && Interval.Divide(ScoreIntervals.Of(ss), ScoreIntervals.Of(sw)) is { } stated)
        {
            rates.Add((stated.Scale(100m), ss.Value / sw.Value * 100m));
        }

        foreach (var r in readings)
        {
            foreach (var rs in r.Scores)
            {
                if (r.Weight is { } rw && rw.Mid != 0 && Interval.Divide(rs, rw) is { } ratio)
                {
                    rates.Add((ratio.Scale(100m), rs.Mid / rw.Mid * 100m));
                }
            }
        }

        if (Check(section, "score_rate", rate, rates, evidence, percent: true) is { } rf)
        {
            yield return rf;
        }
    }

    private Finding? Check(string section, string what, PrintedNumber stated, IReadOnlyList<(Interval Range, decimal Value)> candidates, Evidence evidence, bool percent)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        if (PrintedScore.AgainstAll(candidates.Select(c => PrintedScore.Disagreement(stated, c.Range))) is not { } severity)
        {
            return null;
        }

        var computed = candidates[0].Value.Round2();
        var unit = percent ? "%" : "分";
        return FindingFactory.Make(Name, severity,
            Msg.Of("finding.section_summary", ("section", section), MsgArg.Term("what", "term." + what), ("stated", stated.Text + unit), ("computed", computed.Show() + unit)),
            [evidence], stated.Value, computed, relation: Msg.Of("relation.computed", MsgArg.Term("formula", "formula.section"), ("section", section), MsgArg.Term("what", "term." + what), ("computed", computed.Show() + unit), ("stated", stated.Text + unit)),
            convention: severity == Severity.Info ? FindingFactory.TruncatedConvention : null,
            impact: severity == Severity.Info ? Impact.None : Impact.Score);
    }

    /// <summary>The first table after the paragraph, when only short title lines ("附表3-4：过程指标得分情况表") come between.</summary>
    private static int? NextTable(Block[] blocks, int from, int tableIndex)
    {
        for (var i = from + 1; i < blocks.Length && i <= from + 3; i++)
        {
            switch (blocks[i])
            {
                case Table t when t.RowCount > 0 && t.ColumnCount > 0:
                    return tableIndex + 1;
                case Paragraph p when p.HeadingLevel is null && TextNormalizer.Key(p.Text).Length <= 40:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private static PrintedNumber? Number(Match m, string group) =>
        m.Groups[group].Success && PrintedNumber.TryParse(m.Groups[group].Value, out var n) ? n : null;

    private static string Sentence(string text, int at)
    {
        var start = text.LastIndexOfAny(['。', ';', '；', '\n'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['。', ';', '；', '\n'], at);
        var sentence = text[start..(end < 0 ? text.Length : end)].Trim();
        return sentence.Length > 160 ? sentence[..160] : sentence;
    }

    /// <summary>"X(类)指标包括N个二级指标以及M个三级指标，总分值W分，得分为S分，得分率为P%" (parts optional after the counts;
    /// 分值/权重/满分 for the weight).</summary>
    [GeneratedRegex(@"(?<name>[\u4e00-\u9fff]{2,8}?)类?指标(?:共)?(?:包括|包含|下设|设置了?|涵盖|含)(?:(?<n2>\d+)个二级指标)?(?:以及|和|及|、|,)?(?:(?<n3>\d+)个三级指标)?(?:[,，]?(?:总分值|总权重|分值|权重|满分)(?:为|是)?(?<w>\d+(?:\.\d+)?)分)?(?:[,，]?(?:实际)?得分(?:为|是)?(?<s>\d+(?:\.\d+)?)分)?(?:[,，]?得分率(?:为|是)?\s*(?<p>\d+(?:\.\d+)?)%)?")]
    private static partial Regex Summary();
}
