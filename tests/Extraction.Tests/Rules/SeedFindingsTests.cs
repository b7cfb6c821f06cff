using System.Text.Json;
using Extraction.Results;

namespace Extraction.Tests.Rules;

/// <summary>On the four seeds: the scaffolding reads the truth's score tables; every recomputable indicator
/// reproduces its printed score; the inconsistencies the truth expects flagged are reported as errors; the
/// truth's "rounding" issues draw no error or warning.</summary>
public sealed class SeedFindingsTests
{
    public static TheoryData<string> Seeds => new() { "seed000", "seed001", "seed002", "seed003" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Scaffold_reads_the_truth_score_table(string seed)
    {
        var truth = SeedCorpus.Truth(seed).GetProperty("score_table").EnumerateArray().ToArray();
        var indicators = SeedCorpus.Context(seed).ScoreTables.SelectMany(t => t.Indicators).ToArray();
        Assert.Equal(truth.Length, indicators.Length);
        for (var i = 0; i < truth.Length; i++)
        {
            Assert.Equal(truth[i].GetProperty("level3").GetString(), indicators[i].Name);
            Assert.Equal(Dec(truth[i].GetProperty("weight")), indicators[i].Weight);
            Assert.Equal(Dec(truth[i].GetProperty("score")), indicators[i].Score);
        }
    }

    [Theory]
    [InlineData("seed000", 5)]
    [InlineData("seed001", 4)]
    [InlineData("seed002", 8)]
    [InlineData("seed003", 7)]
    public void Every_recomputable_indicator_reproduces_its_printed_score(string seed, int minimumRecomputed)
    {
        var (context, findings) = SeedRun.Of(seed);
        var recomputed = context.Assessments.Where(a => a.Recomputed is not null && a.Indicator.Score is not null).ToArray();
        Assert.True(recomputed.Length >= minimumRecomputed, $"only {recomputed.Length} recomputed: {string.Join(", ", recomputed.Select(a => a.Indicator.Name))}");
        foreach (var a in recomputed)
        {
            Assert.True(a.Recomputed == a.Indicator.Score, $"{a.Indicator.Name}: printed {a.Indicator.Score}, recomputed {a.Recomputed} ({a.Explanation})");
            Assert.NotNull(a.Convention);
        }

        Assert.DoesNotContain(findings, f => f.Check == "rescore_mismatch");
        Assert.All(context.Assessments.Where(a => a.Indicator.Weight is not null), a => Assert.NotNull(a.Rule));
    }

    [Fact]
    public void Seed000_stated_average_97_5_is_flagged_against_the_mean_62_80()
    {
        var f = Assert.Single(SeedRun.Of("seed000").Findings, f => f.Check == "average_mismatch");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(97.5m, f.Stated);
        Assert.Equal(62.80m, f.Computed);
        Assert.Contains("36.10", f.Relation.En(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed003_fixed_asset_utilisation_formula_is_flagged_95_81_vs_99_82()
    {
        var f = Assert.Single(SeedRun.Of("seed003").Findings, f => f.Check == "formula_mismatch");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(95.81m, f.Stated);
        Assert.Equal(99.82m, f.Computed);
    }

    [Fact]
    public void Seed002_stock_of_funds_5798_03_in_the_table_is_flagged_against_57981_03_in_the_text()
    {
        var f = Assert.Single(SeedRun.Of("seed002").Findings, f => f.Check == "text_table_mismatch");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(new[] { 5798.03m, 57981.03m }, new[] { f.Stated!.Value, f.Computed!.Value }.Order());
        Assert.Equal(2, f.Evidence.Count);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_expected_flag_of_the_truth_is_reported(string seed)
    {
        var truth = SeedCorpus.Truth(seed);
        var findings = SeedRun.Of(seed).Findings;
        foreach (var issue in truth.GetProperty("known_issues").EnumerateArray().Where(i => i.GetProperty("expected_flag").GetBoolean()))
        {
            var kind = issue.GetProperty("kind").GetString();
            var stated = issue.TryGetProperty("stated", out var s) ? s.GetDecimal() : (decimal?)null;
            Assert.Contains(findings, f => f.Check == kind && f.Severity == Severity.Error && (stated is null || f.Stated == stated || f.Computed == stated));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Scores_totals_grades_and_weights_of_the_seeds_are_consistent(string seed)
    {
        var findings = SeedRun.Of(seed).Findings;
        Assert.DoesNotContain(findings, f => f.Check is "total_mismatch" or "grade_mismatch" or "weight_sum_mismatch" && f.Severity >= Severity.Warning);
        Assert.DoesNotContain(findings, f => f.Check == "score_exceeds_weight" && f.Severity >= Severity.Warning);
    }

    [Fact]
    public void Seed002_score_above_weight_is_explained_by_the_recorded_weight_transfer()
    {
        var (context, findings) = SeedRun.Of("seed002");
        var f = Assert.Single(findings, f => f.Check == "score_exceeds_weight");
        Assert.Equal(Severity.Info, f.Severity);
        var a = context.Assessments.Single(a => a.Indicator.Name == "支出完成率");
        Assert.Equal(4.5m, a.Recomputed);
        Assert.Contains("redistribution", a.Convention, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarterly_schedule_conventions_differ_between_authors()
    {
        var a0 = SeedRun.Of("seed000").Context.Assessments.Single(a => a.Indicator.Name == "预算执行率");
        var a1 = SeedRun.Of("seed001").Context.Assessments.Single(a => a.Indicator.Name == "预算执行率");
        Assert.Equal(5.85m, a0.Recomputed);
        Assert.Equal(5.98m, a1.Recomputed);
        Assert.Contains("capped at 1", a0.Convention, StringComparison.Ordinal);
        Assert.Equal(5, a0.Inputs.Count);
    }

    private static decimal? Dec(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;
}
