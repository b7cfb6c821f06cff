using Extraction.Results;
using Extraction.Rules.Checks.Indicators;
using static Extraction.Tests.Rules.Indicators.IndicatorDocs;

namespace Extraction.Tests.Rules.Indicators;

/// <summary>One indicator printed in the full score table and again in a section's or a detail table.</summary>
public sealed class ScoreTableAgreementCheckTests
{
    private static readonly ScoreTableAgreementCheck Check = new();

    private static ScoreTable Full(string weight = "8", string score = "0.80") => new(
    [
        Row("B过程/B1组织实施/B101管理制度健全性", "5", "3.33", row: 1),
        Row("B过程/B1组织实施/B102制度执行有效性", weight, score, row: 2),
    ]);

    private static ScoreTable Section(string weight = "8.00", string score = "0.80") => new(
    [
        Row("B1组织实施/B101管理制度健全性", "5.00", "3.33", table: 1, row: 1),
        Row("B1组织实施/B102制度执行有效性", weight, score, table: 1, row: 2),
    ]);

    [Fact]
    public void Tables_printing_the_same_weights_and_scores_are_silent() =>
        Assert.Empty(Alarms(Check, Context([Full(), Section()])));

    [Fact]
    public void A_weight_printed_differently_is_flagged_at_both_weight_cells()
    {
        var f = Assert.Single(Alarms(Check, Context([Full(weight: "6"), Section()])));
        Assert.Equal("table_table_mismatch", f.Check);
        Assert.Equal(6m, f.Stated);
        Assert.Equal(8m, f.Computed);
        Assert.Equal([new CellRef(0, 2, 1), new CellRef(1, 2, 1)], f.Evidence.Select(e => e.Cell));
    }

    [Theory]
    [InlineData("0.78")]
    // One unit in the last place at the same precision.
    [InlineData("0.81")]
    public void A_score_printed_differently_is_flagged_at_both_score_cells(string score)
    {
        var f = Assert.Single(Alarms(Check, Context([Full(), Section(score: score)])));
        Assert.Equal([new CellRef(0, 2, 2), new CellRef(1, 2, 2)], f.Evidence.Select(e => e.Cell));
    }

    [Fact]
    public void Rows_matched_by_name_when_one_table_prints_no_codes()
    {
        var plain = new ScoreTable([Row("组织实施/制度执行有效性", "8", "0.70", table: 1, row: 1)]);
        Assert.Single(Alarms(Check, Context([Full(), plain])));
    }

    [Fact]
    public void A_row_read_twice_in_one_table_is_not_paired()
    {
        var damaged = new ScoreTable(
        [
            Row("B过程/B1组织实施/B101管理制度健全性", "5", "1.00", row: 1),
            Row("B过程/B1组织实施/B101管理制度健全性", "5", "3.33", row: 2),
        ]);
        Assert.Empty(Alarms(Check, Context([damaged, Section()])));
    }
}
