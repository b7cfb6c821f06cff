using Extraction.Cli;

namespace Extraction.Tests.Mutations;

/// <summary>Plants errors in copies of the clean seed renderings and the Markdown report and runs the real
/// pipeline on each: a fixed-seed sample (two targets of each kind per document) must be found at the bar
/// below, and an unchanged copy must add no finding. The full campaign is the `mutations` benchmark.</summary>
public sealed class MutationRecallTests
{
    /// <summary>This sample (100 mutations since every target is placed) measured 0.900 with the checks of the morning and
    /// 0.990 today (99 of 100; the full campaign: 0.985, docs/rules.md). The bar sits three misses below today's figure
    /// so that a reader or extraction change elsewhere does not trip it, while a regression to the morning's checks fails.</summary>
    private const double Bar = 0.96;

    private static readonly Lazy<MutationCampaign> Sample = new(() =>
    {
        var campaign = new MutationCampaign(new MutationHarness(Composition.Pipeline()));
        var files = MutationCorpus.Files().Where(f => !f.EndsWith(".docx", StringComparison.Ordinal)).ToArray();
        campaign.Run(files, seed: 20261122, perTarget: 1, perKind: 2);
        return campaign;
    });

    [Fact]
    public void Planted_errors_are_found_at_the_bar()
    {
        var campaign = Sample.Value;
        var recall = MutationCampaign.Recall(campaign.Outcomes);
        var misses = campaign.Outcomes.Where(o => o.Status is OutcomeStatus.Missed or OutcomeStatus.Elsewhere or OutcomeStatus.InfoOnly).Select(o => $"{o.Document}: {o.Mutation}");
        Assert.True(campaign.Outcomes.Count >= 40, $"expected a sample of at least 40 mutations, found {campaign.Outcomes.Count}");
        Assert.True(recall >= Bar, $"expected recall ≥ {Bar}, found {recall:0.000} over {campaign.Outcomes.Count}; missed:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void Every_kind_of_target_is_found_in_the_clean_documents()
    {
        var kinds = Sample.Value.Outcomes.Select(o => o.Mutation.Target.Kind).ToHashSet();
        string[] expected = ["score", "weight", "total_table", "total_text", "grade", "average", "average_member", "sum_part", "sum_total", "percentage", "ratio_amount", "formula_operand", "formula_result", "unit"];
        var absent = expected.Where(k => !kinds.Contains(k)).ToArray();
        Assert.True(absent.Length == 0, "no target of kind " + string.Join(", ", absent));
    }

    [Fact]
    public void An_unchanged_copy_adds_no_finding()
    {
        Assert.Empty(Sample.Value.IdentityFindings.Select(f => $"{f.Document}: {f.Finding.Check} {f.Finding.Message}"));
    }

    [Fact]
    public void A_planted_error_is_placed_in_the_source_and_changes_what_is_read()
    {
        Assert.Empty(Sample.Value.Outcomes.Where(o => o.Status == OutcomeStatus.NoEffect).Select(o => $"{o.Document}: {o.Mutation}"));
    }
}
