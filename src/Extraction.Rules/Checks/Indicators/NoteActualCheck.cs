using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>A verifier note that restates its own row's completion value ("完成值为100.00%", "重点任务完成情况9.67%")
/// against the row's 完成情况 / 实际完成值 cell: two cells of one row printing one quantity. Held only when the note
/// says nothing else (one number, labelled by a completion word or the indicator's name), the verifier kept the self
/// score (a changed score may rest on a value the verifier found instead), and the two differ like a misprint (a
/// digit changed, swapped, dropped or doubled) — a value the verifier found otherwise is no slip of the printed one.</summary>
public sealed class NoteActualCheck : ICheck
{
    private static readonly string[] CompletionWords = ["实际完成值", "实际完成情况", "实际完成", "完成值", "完成情况", "实际值", "完成数"];

    public string Name => CheckNames.TableTable;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var row in context.ScoreTables.SelectMany(t => t.Indicators))
        {
            if (row.VerifierNote is not { } note || row.Actual is not { } actual || (row.SelfScore is { } self && self != row.Score))
            {
                continue;
            }

            var notePassage = new Passage(note, row.Evidence with { Quote = note, Cell = null }, true);
            var actualPassage = new Passage(actual, row.Evidence with { Quote = actual }, true);
            if (NumberScanner.Scan(notePassage) is not [var stated] || NumberScanner.Scan(actualPassage) is not [var printed]
                || stated.Unit != printed.Unit || stated.Unit is null || !Restates(note[..stated.Start], row.Name))
            {
                continue;
            }

            var (a, b) = (stated.Normalised(), printed.Normalised());
            if (a.Meets(b) || !(Misprint.Explains(stated.Value, stated.Number.Decimals, b, insertions: true)
                || Misprint.Explains(printed.Value, printed.Number.Decimals, a, insertions: true)))
            {
                continue;
            }

            yield return FindingFactory.Make(Name, FindingFactory.ByGap(a.Gap(b), printed.Value, Units.IsPercent(printed.Unit)),
                Msg.Of("finding.note_actual", ("indicator", row.Name), ("stated", stated.Printed), ("table", printed.Printed)),
                [stated.Evidence, row.Evidence with { Quote = actual }], stated.Value, printed.Value,
                relation: FindingFactory.Same(stated.Printed, printed.Printed), indicator: row.Path);
        }
    }

    /// <summary>The note's words before its number name the row's completion value: a completion word or the
    /// indicator's own name, with at most a verb (为, 是, 达) after it.</summary>
    private static bool Restates(string before, string name)
    {
        var label = TextNormalizer.Key(before).TrimEnd('：', ':', '为', '是', '达', '到', ' ');
        var key = TextNormalizer.Key(name);
        return (key.Length >= 2 && label.EndsWith(key, StringComparison.Ordinal))
            || CompletionWords.Any(w => label.EndsWith(w, StringComparison.Ordinal));
    }
}
