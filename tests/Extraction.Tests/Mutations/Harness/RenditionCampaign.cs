using System.Security.Cryptography;
using System.Text;
using Extraction.Results;

namespace Extraction.Tests.Mutations;

/// <summary>The campaign's mutations planted in the source, rendered (Word or HTML → PDF) and read from the rendering: every
/// mutation is judged twice, against the source's baseline when the source is read and against the rendered clean
/// copy's baseline when the rendering is, so the two recalls are over the same planted errors.</summary>
internal sealed class RenditionCampaign
{
    private readonly MutationHarness _harness;
    private readonly IRenderer _renderer;

    public RenditionCampaign(MutationHarness harness, IRenderer renderer)
    {
        _harness = harness;
        _renderer = renderer;
        Source = new MutationCampaign(harness);
    }

    /// <summary>Planning and placement counts (targets come from the source's reading).</summary>
    public MutationCampaign Source { get; }

    /// <summary>Each mutation as read from the source and from its rendering.</summary>
    public List<(Outcome Source, Outcome Rendered)> Pairs { get; } = [];

    /// <summary>Errors and warnings on the rendered clean documents.</summary>
    public List<(string Document, Finding Finding)> BaselineAlarms { get; } = [];

    /// <summary>Targets of the source's reading that the rendering's reading does not offer as targets (its tables or
    /// relations were read differently): judged with the source's indicator path and the changed text only.</summary>
    public List<(string Document, Target Target)> Unanchored { get; } = [];

    /// <summary>Mutations whose rendering prints the same text as the clean rendering (the renderer dropped the
    /// change: a table column clipped at the page edge); their outcomes are excluded from the rendered recall.</summary>
    public HashSet<Outcome> NotPrinted { get; } = [];

    /// <summary>Mutated copies the renderer failed on (not counted).</summary>
    public List<(string Document, Mutation Mutation)> Failures { get; } = [];

    public void Run(IEnumerable<string> files, int seed, int perTarget = 1, int? perKind = null, Action<string>? progress = null)
    {
        var random = new Random(seed);
        foreach (var file in files.Where(_renderer.Renders))
        {
            var plan = Source.Plan(file, random, perTarget, perKind);
            var rendered = plan.Name + "." + _renderer.Format;
            var dir = Directory.CreateTempSubdirectory("mutation-render-").FullName;
            try
            {
                var origin = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
                string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(origin + "\n" + text)))[..32];
                var texts = plan.Mutations.Select(m => plan.Source.Edited(m.At, m.Mutation.Replacement)).Prepend(plan.Source.Text).ToArray();
                var copies = texts.Select((t, i) => plan.Source.WriteCopy(dir, t, $"m{i:0000}")).ToArray();
                progress?.Invoke($"{plan.Name}: rendering {copies.Length} copies");
                var outputs = _renderer.Render([.. copies.Zip(texts, (c, t) => (c, Key(t)))], dir);
                if (outputs[0] is not { } cleanPath)
                {
                    Failures.AddRange(plan.Mutations.Select(m => (plan.Name, m.Mutation)));
                    continue;
                }

                var baseline = _harness.Process(cleanPath);
                BaselineAlarms.AddRange(MutationCampaign.Alarms(baseline).Select(f => (rendered, f)));
                var targets = TargetFinder.Find(baseline);
                string? cleanText = null;
                for (var i = 0; i < plan.Mutations.Count; i++)
                {
                    var mutation = plan.Mutations[i].Mutation;
                    if (outputs[i + 1] is not { } pdf)
                    {
                        Failures.Add((plan.Name, mutation));
                        continue;
                    }

                    var fromSource = MutationHarness.Classify(plan.Name, plan.Baseline, _harness.Process(copies[i + 1]), mutation);
                    var anchored = Anchor(mutation.Target, targets);
                    if (anchored is null)
                    {
                        Unanchored.Add((rendered, mutation.Target));
                    }

                    var fromRendering = MutationHarness.Classify(rendered, baseline, _harness.Process(pdf), mutation with { Target = anchored ?? mutation.Target with { Cell = null } });
                    Pairs.Add((fromSource, fromRendering));
                    if (fromRendering.Status != OutcomeStatus.Detected && (cleanText ??= _renderer.PrintedText(cleanPath)) is { } before && _renderer.PrintedText(pdf) == before)
                    {
                        NotPrinted.Add(fromRendering);
                    }
                }
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>The rendering's own target for the same token (same kind and text, best matching context), so that
    /// its cell, indicator and relation are the ones the rendering was read with; null when there is none.</summary>
    /// <summary>Recall of the rendered outcomes over the mutations that had an effect on the source's reading and
    /// that the renderer printed: a rendered copy whose reading did not change counts as missed (the reader lost it).</summary>
    public double RenderedRecall(IEnumerable<(Outcome Source, Outcome Rendered)> pairs)
    {
        var counted = pairs.Where(p => p.Source.Status != OutcomeStatus.NoEffect && !NotPrinted.Contains(p.Rendered)).ToArray();
        return counted.Length == 0 ? 1d : counted.Count(p => p.Rendered.Status == OutcomeStatus.Detected) / (double)counted.Length;
    }

    public static Target? Anchor(Target target, IReadOnlyList<Target> rendered)
    {
        var best = rendered.Where(t => t.Kind == target.Kind && t.Text == target.Text && t.Unit == target.Unit)
            .Select(t => (Target: t, Score: Common(t.Left, target.Left, fromEnd: true) + Common(t.Right, target.Right, fromEnd: false)))
            .OrderByDescending(t => t.Score)
            .FirstOrDefault();
        return best.Target is not null && best.Score >= Math.Min(6, target.Left.Length + target.Right.Length) ? best.Target : null;
    }

    private static int Common(string a, string b, bool fromEnd)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && (fromEnd ? a[^(n + 1)] == b[^(n + 1)] : a[n] == b[n]))
        {
            n++;
        }

        return n;
    }
}
