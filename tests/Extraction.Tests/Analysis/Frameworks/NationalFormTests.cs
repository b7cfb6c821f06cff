using Extraction.Results;
using Extraction.Tests.Readers.Unseen;

namespace Extraction.Tests.Analysis.Frameworks;

/// <summary>The national project form (项目支出绩效自评表) through the real pipeline: the 绩效指标 header below the
/// project and funds blocks, the funds row scored by its own formula, 年度指标值/实际完成值 kept and used.</summary>
public sealed class NationalFormTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_row_with_the_funds_row_and_the_total_and_no_alarm_on_a_clean_copy(bool twoTables)
    {
        using var file = (new NationalForm { TwoTables = twoTables }).Write();
        var result = UnseenPipeline.Process(file);

        var table = Assert.Single(result.ScoreTables);
        Assert.Equal(
            ["执行率 10 9.50", .. NationalForm.DefaultRows.Select(r => $"{r.Level3} {r.Weight} {r.Score}")],
            table.Indicators.Select(i => $"{i.Name} {i.Weight} {i.ScoreText}"));
        Assert.Equal(["产出指标", "数量指标", "培训人次"], table.Indicators[1].Path);
        Assert.Equal(("≥2000人次", "1900人次"), (table.Indicators[1].Target, table.Indicators[1].Actual));
        Assert.Equal("部分学员因故延期参训", table.Indicators[1].VerifierNote);
        Assert.Equal(98.50m, table.Total?.Value);
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info);

        var funds = result.Indicators[0];
        Assert.Equal(("form:execution_rate", 9.5m), (funds.Rule, funds.Recomputed));
        var shortfall = result.Indicators[1];
        Assert.Equal(("form:target", 19m), (shortfall.Rule, shortfall.Recomputed));
    }

    [Fact]
    public void A_funds_score_that_is_not_the_execution_rate_times_the_weight_is_flagged()
    {
        using var file = (new NationalForm { FundsScore = "9.80", Total = "98.80" }).Write();
        var result = UnseenPipeline.Process(file);

        var finding = Assert.Single(result.Findings, f => f.Check == "rescore_mismatch");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["执行率"], finding.Indicator);
        Assert.Equal(9.5m, finding.Computed);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_shortfall_is_held_to_actual_over_target_only_where_the_document_says_so(bool states, bool flagged)
    {
        var rows = NationalForm.DefaultRows.ToArray();
        rows[0] = rows[0] with { Score = "18.00" };
        using var file = (new NationalForm { Rows = rows, Total = "97.50", StatesProportion = states }).Write();
        var result = UnseenPipeline.Process(file);

        Assert.Equal(flagged, result.Findings.Any(f => f.Check == "rescore_mismatch" && f.Indicator?[^1] == "培训人次"));
        Assert.DoesNotContain(result.Findings, f => f.Check == "total_mismatch");
    }
}
