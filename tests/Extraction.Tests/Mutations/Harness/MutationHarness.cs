using Extraction.Messages;
using System.Text;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Results;

namespace Extraction.Tests.Mutations;

/// <summary>Runs the real pipeline on a clean document once (the baseline), plants one error per copy in the
/// source file and reruns the pipeline on each copy; a mutation is detected when the copy yields a new error or
/// warning (not in the baseline) that names the changed number or a relation containing it.</summary>
internal sealed class MutationHarness
{
    private readonly DocumentPipeline _pipeline;

    public MutationHarness(DocumentPipeline pipeline) => _pipeline = pipeline;

    public DocumentResult Process(string path) => _pipeline.Process(new SourceFile(path), CancellationToken.None);

    /// <summary>The baseline and its targets that could be found in the source file (with their place there).</summary>
    public (DocumentResult Baseline, SourceBuffer Source, IReadOnlyList<(Target Target, Placement At)> Targets, IReadOnlyList<Target> Unplaced) Prepare(string path)
    {
        var baseline = Process(path);
        var source = SourceBuffer.Load(path);
        var placed = new List<(Target, Placement)>();
        var unplaced = new List<Target>();
        foreach (var target in TargetFinder.Find(baseline))
        {
            if (Locate(source, target) is { } offset)
            {
                placed.Add((target, offset));
            }
            else
            {
                unplaced.Add(target);
            }
        }

        return (baseline, source, placed, unplaced);
    }

    /// <summary>Plants <paramref name="mutation"/> at <paramref name="at"/> in a copy and classifies the copy's findings.</summary>
    public Outcome Run(string document, DocumentResult baseline, SourceBuffer source, Placement at, Mutation mutation)
    {
        var dir = Directory.CreateTempSubdirectory("mutation-").FullName;
        try
        {
            var copy = source.WriteCopy(dir, source.Edited(at, mutation.Replacement));
            return Classify(document, baseline, Process(copy), mutation);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The baseline's own copy written unchanged: must add no finding.</summary>
    public IReadOnlyList<Finding> IdentityFindings(DocumentResult baseline, SourceBuffer source)
    {
        var dir = Directory.CreateTempSubdirectory("mutation-").FullName;
        try
        {
            var copy = source.WriteCopy(dir, source.Text);
            var before = baseline.Findings.Select(Key).ToHashSet();
            return Process(copy).Findings.Where(f => !before.Contains(Key(f))).ToArray();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static Outcome Classify(string document, DocumentResult baseline, DocumentResult mutated, Mutation mutation)
    {
        if (Fingerprint(baseline) == Fingerprint(mutated))
        {
            return new Outcome(document, mutation, OutcomeStatus.NoEffect);
        }

        var before = baseline.Findings.Select(Key).ToHashSet();
        var fresh = mutated.Findings.Where(f => f.Severity >= Severity.Warning && !before.Contains(Key(f))).ToArray();
        if (fresh.FirstOrDefault(f => Refers(f, mutation)) is { } hit)
        {
            return new Outcome(document, mutation, OutcomeStatus.Detected) { Finding = hit };
        }

        if (fresh.Length > 0)
        {
            return new Outcome(document, mutation, OutcomeStatus.Elsewhere) { Finding = fresh[0] };
        }

        var info = mutated.Findings.FirstOrDefault(f => f.Severity == Severity.Info && !before.Contains(Key(f)) && Refers(f, mutation));
        return info is not null
            ? new Outcome(document, mutation, OutcomeStatus.InfoOnly) { Finding = info }
            : new Outcome(document, mutation, OutcomeStatus.Missed);
    }

    /// <summary>Where the target sits in the source: the occurrence of its token whose surrounding key text best
    /// matches the read document's; null when no occurrence matches well or the token crosses a line or cell.</summary>
    public static Placement? Locate(SourceBuffer source, Target target)
    {
        var token = SourceBuffer.KeyOf(target.Text);
        if (token.Length == 0)
        {
            return null;
        }

        var key = source.Key;
        var numeric = char.IsDigit(token[0]);
        var best = -1;
        var bestScore = -1;
        for (var i = key.IndexOf(token, StringComparison.Ordinal); i >= 0; i = key.IndexOf(token, i + 1, StringComparison.Ordinal))
        {
            var end = i + token.Length;
            // A digit right before or after the token continues the number — unless the document separates them (an
            // operator, a space, a table bar, a break), which the key leaves out.
            if (numeric && ((source.Touching(i) && (char.IsDigit(key[i - 1]) || key[i - 1] == '.')) || (source.Touching(end) && char.IsDigit(key[end]))))
            {
                continue;
            }

            var score = CommonSuffix(key, i, target.Left) + CommonPrefix(key, end, target.Right);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        var needed = Math.Min(6, target.Left.Length + target.Right.Length);
        return best < 0 || bestScore < needed ? null : source.Place(best, token.Length);
    }

    public static string Key(Finding f) => f.Check + "|" + f.Message.Render(Language.En);

    private static bool Refers(Finding finding, Mutation mutation)
    {
        var target = mutation.Target;
        if (target.Indicator is { } path && finding.Indicator is { } fp && fp.SequenceEqual(path))
        {
            return true;
        }

        if (target.Cell is { } cell && finding.Evidence.Any(e => e.Cell == cell))
        {
            return true;
        }

        if (target.RelationChecks.Contains(finding.Check) && target.Kind is "score" or "weight" or "total_table" or "total_text" or "grade")
        {
            return true;
        }

        if (target.RelationChecks.Contains(finding.Check) && target.Related.Any(r => r.Length >= 2
                && (Mentions(finding.Message.Render(Language.En), r) || Mentions(finding.Relation?.Render(Language.En), r) || finding.Evidence.Any(e => Mentions(e.Quote, r)))))
        {
            return true;
        }

        var changed = SourceBuffer.KeyOf(mutation.Replacement);
        var context = target.Left[Math.Max(0, target.Left.Length - 4)..] + (target.Unit is null ? changed : changed);
        if (finding.Evidence.Any(e => SourceBuffer.KeyOf(e.Quote).Contains(context, StringComparison.Ordinal)))
        {
            return true;
        }

        return mutation.Replacement.Length >= 3 && target.Unit is null
            && (Mentions(finding.Message.Render(Language.En), mutation.Replacement) || Mentions(finding.Relation?.Render(Language.En), mutation.Replacement));
    }

    private static bool Mentions(string? text, string number)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = text.IndexOf(number, StringComparison.Ordinal); i >= 0; i = text.IndexOf(number, i + 1, StringComparison.Ordinal))
        {
            var end = i + number.Length;
            if ((i == 0 || !char.IsDigit(text[i - 1])) && (end == text.Length || !char.IsDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Fingerprint(DocumentResult r)
    {
        var sb = new StringBuilder();
        sb.Append(r.Metadata.StatedTotal?.Text).Append('|').Append(r.Metadata.NarrativeTotal?.Text).Append('|').Append(r.Metadata.StatedGrade).Append('\n');
        foreach (var t in r.ScoreTables)
        {
            sb.Append(t.Total?.Text).Append('|').Append(t.Grade).Append('\n');
            foreach (var i in t.Indicators)
            {
                sb.Append(i.WeightText).Append('/').Append(i.ScoreText).Append(';');
            }
        }

        foreach (var f in r.Figures)
        {
            sb.Append(f.Text).Append(f.Unit).Append(';');
        }

        foreach (var f in r.Formulas)
        {
            sb.Append(f.Expression).Append(';');
        }

        return sb.ToString();
    }

    private static int CommonSuffix(string key, int end, string left)
    {
        var n = 0;
        while (n < left.Length && end - 1 - n >= 0 && key[end - 1 - n] == left[left.Length - 1 - n])
        {
            n++;
        }

        return n;
    }

    private static int CommonPrefix(string key, int start, string right)
    {
        var n = 0;
        while (n < right.Length && start + n < key.Length && key[start + n] == right[n])
        {
            n++;
        }

        return n;
    }
}
