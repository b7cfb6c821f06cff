using Extraction.Analysis.ScoreTables;
using Extraction.Tests.Corpus;

namespace Extraction.Tests.Analysis;

/// <summary>Score tables of the four seeds, built in memory from their structured sources, against the truth files.</summary>
public sealed class ScoreTableSeedTests
{
    [Theory]
    [InlineData("seed000", 96.13, "优")]
    [InlineData("seed001", 94.98, null)]
    [InlineData("seed002", 91.12, null)]
    [InlineData("seed003", 93.75, null)]
    public void Every_truth_row_is_read_with_its_weight_and_score(string id, double total, string? grade)
    {
        var tables = new ScoreTableExtractor().Extract(SeedDocuments.Load(id));
        using var truth = TruthFile.Load(id);
        var rows = TruthRows.From(truth.RootElement.GetProperty("score_table"));

        var misses = new List<string>();
        var fraction = CorpusMatching.ScoreRowFraction(rows, tables, misses);

        Assert.True(fraction == 1, string.Join("\n", misses));
        var table = Assert.Single(tables);
        Assert.Equal(rows.Count, table.Indicators.Count);
        Assert.Equal((decimal)total, table.Total?.Value);
        Assert.Equal(grade, table.Grade);
    }

    [Fact]
    public void Level_weights_come_from_their_columns_or_from_the_name()
    {
        var seed000 = new ScoreTableExtractor().Extract(SeedDocuments.Load("seed000"))[0].Indicators[0];
        Assert.Equal(["部门决策", "预算编制", "预算编制合理性"], seed000.Path);
        Assert.Equal(20m, seed000.Levels[0].Weight);
        Assert.Null(seed000.Levels[1].Weight);

        var seed001 = new ScoreTableExtractor().Extract(SeedDocuments.Load("seed001"))[0].Indicators[0];
        Assert.Equal(25m, seed001.Levels[0].Weight);
        Assert.Equal(10m, seed001.Levels[1].Weight);
        Assert.Equal(5m, seed001.Weight);
    }

    [Fact]
    public void Verification_rows_keep_criteria_description_and_verifier_note_with_evidence()
    {
        var table = new ScoreTableExtractor().Extract(SeedDocuments.Load("seed002"))[0];
        var row = table.Indicators.Single(i => i.Name == "预算编制准确性");
        Assert.Equal("1.5", row.ScoreText);
        Assert.StartsWith("反映预算编制的准确性", row.Description, StringComparison.Ordinal);
        Assert.StartsWith("1.", row.Criteria, StringComparison.Ordinal);
        Assert.Contains("预算差异数", row.VerifierNote, StringComparison.Ordinal);
        Assert.NotNull(row.Evidence.Cell);
        Assert.Equal(8, row.Evidence.Cell!.Value.Column);
        Assert.Contains("预算编制准确性", row.Evidence.Quote, StringComparison.Ordinal);

        var bonus = table.Indicators[^1];
        Assert.Equal(["加减分项", "工作表现加分指标"], bonus.Path);
        Assert.Null(bonus.Weight);
    }
}
