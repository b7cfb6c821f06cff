using Extraction.Results;

namespace Extraction.Tests.Mutations;

/// <summary>A run over several clean documents: baselines, targets, mutations (a fixed seed makes it
/// repeatable) and their outcomes, with the counts a report needs.</summary>
internal sealed class MutationCampaign
{
    private readonly MutationHarness _harness;

    public MutationCampaign(MutationHarness harness) => _harness = harness;

    public List<Outcome> Outcomes { get; } = [];

    /// <summary>Errors and warnings on the clean documents, except rule-text defects (the rule's text, not its numbers).</summary>
    public List<(string Document, Finding Finding)> BaselineAlarms { get; } = [];

    public List<(string Document, Finding Finding)> IdentityFindings { get; } = [];

    public int Targets { get; private set; }

    /// <summary>Targets whose token could not be found in the source (read text unlike the file's, or crossing a line).</summary>
    public List<(string Document, Target Target)> Unplaced { get; } = [];

    /// <summary>Planted targets whose token is written over several runs or inline elements.</summary>
    public int Split { get; private set; }

    /// <summary>Targets for which every tried change stayed inside the relation's rounding (not planted).</summary>
    public int Refused { get; private set; }

    /// <summary>Runs <paramref name="perTarget"/> mutations of every target, or — with <paramref name="perKind"/> — only
    /// that many targets of each kind per document, drawn with <paramref name="seed"/>.</summary>
    public void Run(IEnumerable<string> files, int seed, int perTarget = 1, int? perKind = null, Action<Outcome>? progress = null)
    {
        var random = new Random(seed);
        foreach (var file in files)
        {
            var plan = Plan(file, random, perTarget, perKind);
            foreach (var (mutation, at) in plan.Mutations)
            {
                var outcome = _harness.Run(plan.Name, plan.Baseline, plan.Source, at, mutation);
                Outcomes.Add(outcome);
                progress?.Invoke(outcome);
            }
        }
    }

    /// <summary>The clean document's baseline and the mutations to plant in it (counted in this campaign's totals);
    /// <paramref name="random"/> is drawn in the same order whatever runs the mutations afterwards.</summary>
    public DocumentPlan Plan(string file, Random random, int perTarget = 1, int? perKind = null)
    {
        var name = Path.GetFileName(file);
        var (baseline, source, targets, unplaced) = _harness.Prepare(file);
        Targets += targets.Count + unplaced.Count;
        Unplaced.AddRange(unplaced.Select(t => (name, t)));
        Split += targets.Count(t => t.At.Split);
        BaselineAlarms.AddRange(Alarms(baseline).Select(f => (name, f)));
        IdentityFindings.AddRange(_harness.IdentityFindings(baseline, source).Select(f => (name, f)));
        var chosen = perKind is { } k
            ? targets.GroupBy(t => t.Target.Kind).SelectMany(g => g.OrderBy(_ => random.Next()).Take(k))
            : targets;
        var mutations = new List<(Mutation, Placement)>();
        foreach (var (target, at) in chosen)
        {
            for (var i = 0; i < perTarget; i++)
            {
                if (Mutator.Mutate(target, random) is not { } mutation)
                {
                    Refused++;
                    break;
                }

                mutations.Add((mutation, at));
                if (target.IsGrade || target.Unit is not null)
                {
                    break; // one way to change a grade word or a unit
                }
            }
        }

        return new DocumentPlan(name, baseline, source, mutations);
    }

    /// <summary>Errors and warnings of a result, except rule-text defects (the rule's text, not its numbers).</summary>
    public static IEnumerable<Finding> Alarms(DocumentResult result) =>
        result.Findings.Where(f => f.Severity >= Severity.Warning && f.Check != "rule_text_defect");

    /// <summary>Detected ÷ (planted − no effect).</summary>
    public static double Recall(IEnumerable<Outcome> outcomes)
    {
        var counted = outcomes.Where(o => o.Status != OutcomeStatus.NoEffect).ToArray();
        return counted.Length == 0 ? 1d : counted.Count(o => o.Status == OutcomeStatus.Detected) / (double)counted.Length;
    }

    /// <summary>The recall table as Markdown rows: one per group (kind or document).</summary>
    public static IEnumerable<string> Table(IEnumerable<Outcome> outcomes, Func<Outcome, string> group)
    {
        var all = outcomes.ToArray();
        if (all.Length == 0)
        {
            yield break;
        }

        yield return "| group | planted | detected | elsewhere | info only | missed | no effect | recall |";
        yield return "|---|---:|---:|---:|---:|---:|---:|---:|";
        foreach (var g in all.GroupBy(group).OrderBy(g => g.Key, StringComparer.Ordinal).Append(all.GroupBy(_ => "all").First()))
        {
            var n = g.Count();
            int Count(OutcomeStatus s) => g.Count(o => o.Status == s);
            yield return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"| {g.Key} | {n} | {Count(OutcomeStatus.Detected)} | {Count(OutcomeStatus.Elsewhere)} | {Count(OutcomeStatus.InfoOnly)} | {Count(OutcomeStatus.Missed)} | {Count(OutcomeStatus.NoEffect)} | {Recall(g):0.000} |");
        }
    }
}
