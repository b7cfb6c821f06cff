using Extraction.Messages;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>A score stated for one indicator in the text ("B101管理制度健全性：…；该指标得3.33分。") against that
/// indicator's score in the score table(s), and a verifier note's own conclusion ("…综上，该指标得2.40") against its
/// row's score. A narrative statement belongs to the indicator its paragraph opens with ("CODE名称：", a heading), to
/// the nearest code named before it in the same paragraph, or to the last such indicator of the section when a
/// paragraph continues it without a label ("经计算，…该指标得4.00分"); a heading or table ends the section. Only an
/// unambiguous attachment is judged, and a statement agreeing with any table that prints the indicator is silent.</summary>
public sealed partial class IndicatorStatementCheck : ICheck
{
    private const int MaxLabelLength = 40;

    public string Name => CheckNames.TextTable;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        if (context.ScoreTables.Count == 0)
        {
            return [];
        }

        var index = new IndicatorIndex(context.ScoreTables);
        return Narrative(DocumentText.Of(context), index).Concat(Notes(context.ScoreTables)).ToArray();
    }

    private IEnumerable<Finding> Narrative(DocumentText view, IndicatorIndex index)
    {
        IReadOnlyList<IndicatorIndex.Entry> subject = [];
        foreach (var passage in view.Passages)
        {
            if (passage.InTable)
            {
                subject = [];
                continue;
            }

            var text = passage.Text;
            var (label, labelled) = LeadingLabel(text);
            var own = labelled ? index.Resolve(IndicatorLabel.Of(label)) : [];
            if (own.Count > 0)
            {
                subject = own;
            }
            else if (labelled || IsHeading(text))
            {
                subject = [];
            }

            var mentions = Mentions(text, index);
            foreach (var statement in ScoreStatement.Scan(text))
            {
                var mention = mentions.FindLastIndex(m => m.End <= statement.Start);
                var target = mention >= 0 ? mentions[mention].Entries : statement.Bare ? own : subject;
                if (target.Count == 0 || Compare(passage, statement, target) is not { } finding)
                {
                    continue;
                }

                yield return finding;
            }
        }
    }

    private Finding? Compare(Passage passage, ScoreStatement statement, IReadOnlyList<IndicatorIndex.Entry> target)
    {
        var scored = target.Where(e => PrintedScore.ScoreNumber(e.Indicator) is not null).ToArray();
        if (scored.Length == 0)
        {
            return null;
        }

        if (PrintedScore.AgainstAll(scored.Select(e => PrintedScore.Disagreement(statement.Score, PrintedScore.ScoreNumber(e.Indicator)!.Value))) is not { } severity)
        {
            return null;
        }

        var row = scored[0].Indicator;
        var evidence = passage.Evidence with { Quote = passage.QuoteAround(statement.Start, statement.End) };
        return FindingFactory.Make(Name, severity,
            Msg.Of("finding.indicator_statement", ("indicator", row.Name), ("stated", statement.Score.Text), ("table", row.ScoreText ?? row.Score!.Value.Show())),
            [evidence, .. scored.Select(e => e.Indicator.Evidence)], statement.Score.Value, row.Score,
            relation: FindingFactory.Same(statement.Score.Text, string.Join(" = ", scored.Select(e => e.Indicator.ScoreText ?? e.Indicator.Score!.Value.Show()).Distinct())),
            convention: severity == Severity.Info ? FindingFactory.TruncatedConvention : null,
            impact: severity == Severity.Info ? Impact.None : Impact.Score, indicator: row.Path);
    }

    /// <summary>A verifier note whose single conclusion ("综上，该指标得2.40") contradicts its own row's score.</summary>
    private IEnumerable<Finding> Notes(IReadOnlyList<ScoreTable> tables)
    {
        foreach (var row in tables.SelectMany(t => t.Indicators))
        {
            if (row.VerifierNote is not { } note || PrintedScore.ScoreNumber(row) is not { } score
                || ScoreStatement.Scan(note).Where(s => !s.Bare).ToArray() is not [var statement]
                || PrintedScore.Disagreement(statement.Score, score) is not { } severity)
            {
                continue;
            }

            var quote = new Passage(note, row.Evidence, true).QuoteAround(statement.Start, statement.End);
            yield return FindingFactory.Make(Name, severity,
                Msg.Of("finding.verifier_note", ("indicator", row.Name), ("stated", statement.Score.Text), ("table", row.ScoreText ?? row.Score!.Value.Show())),
                [row.Evidence with { Quote = quote, Cell = null }, row.Evidence], statement.Score.Value, row.Score,
                relation: FindingFactory.Same(statement.Score.Text, row.ScoreText ?? row.Score!.Value.Show()),
                impact: severity == Severity.Info ? Impact.None : Impact.Score, indicator: row.Path);
        }
    }

    /// <summary>The text before the first colon of a paragraph ("A101立项依据充分性：…"), or a short heading-like
    /// paragraph as a whole; (label, true) when there is one.</summary>
    private static (string Label, bool Labelled) LeadingLabel(string text)
    {
        var colon = text.IndexOfAny(['：', ':']);
        if (colon > 0 && colon <= MaxLabelLength)
        {
            return (text[..colon], true);
        }

        return IsHeading(text) ? (text, true) : (string.Empty, false);
    }

    private static bool IsHeading(string text)
    {
        var key = TextNormalizer.Key(text);
        return key.Length <= MaxLabelLength && key.IndexOfAny(['，', ',', '。', '；', ';']) < 0;
    }

    /// <summary>Indicator codes named inside a paragraph ("…；B102制度执行有效性：…"), each with the rows it names.</summary>
    private static List<(int End, IReadOnlyList<IndicatorIndex.Entry> Entries)> Mentions(string text, IndicatorIndex index)
    {
        var list = new List<(int, IReadOnlyList<IndicatorIndex.Entry>)>();
        foreach (Match m in CodeMention().Matches(text))
        {
            var entries = index.Resolve(new IndicatorLabel(m.Value.ToUpperInvariant(), string.Empty));
            if (entries.Count > 0)
            {
                list.Add((m.Index + m.Length, entries));
            }
        }

        return list;
    }

    /// <summary>A code before a Chinese name: "B102制度…", "D203 参赛…" (not inside a longer word or number).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]\d{2,4}(?=\s?[\u4e00-\u9fff])")]
    private static partial Regex CodeMention();
}
