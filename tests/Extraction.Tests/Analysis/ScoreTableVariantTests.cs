using Extraction.Analysis.ScoreTables;
using Extraction.Model;
using Extraction.Tests.Corpus;

namespace Extraction.Tests.Analysis;

/// <summary>Layouts the seeds do not have: lost spans, tables split over pages, other column orders, two levels,
/// self and verified scores side by side.</summary>
public sealed class ScoreTableVariantTests
{
    [Theory]
    [InlineData("seed000")]
    [InlineData("seed001")]
    [InlineData("seed002")]
    [InlineData("seed003")]
    public void Blank_cells_where_spans_were_lost_inherit_the_names_above(string id)
    {
        var tables = new ScoreTableExtractor().Extract(SeedDocuments.Load(id, TableVariants.WithoutSpans));
        AssertAllRows(id, tables);
    }

    [Theory]
    [InlineData("seed001", 3, true)]
    [InlineData("seed001", 3, false)]
    [InlineData("seed002", 3, true)]
    [InlineData("seed003", 3, false)]
    public void A_table_split_over_pages_is_joined_with_or_without_its_header_repeated(string id, int headerRows, bool repeatHeader)
    {
        var document = SeedDocuments.Load(id);
        var pages = document.Pages.Select(p => p with { Blocks = p.Blocks.SelectMany(b => Split(b, headerRows, repeatHeader)).ToArray() }).ToArray();

        var tables = new ScoreTableExtractor().Extract(document with { Pages = pages });

        AssertAllRows(id, tables);
        Assert.Single(tables);
    }

    [Fact]
    public void Two_levels_with_score_before_weight_and_self_and_verified_scores()
    {
        var table = SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("二级指标"), new("核查得分"), new("分值"), new("自评得分"), new("评分标准")],
            [new("产出指标（40分）", 2), new("数量指标"), new("18.5"), new("20"), new("20"), new("完成率×20分")],
            [new("质量指标"), new("20"), new("20"), new("19"), new("合格率×20分")],
            [new("效益指标", 1), new("满意度"), new("9.00"), new("10"), new("10"), new("≥95%得10分")],
            [new("合计", 1, 2), new("47.50"), new("50"), new("49"), new(string.Empty)],
        ]);

        var result = Assert.Single(new ScoreTableExtractor().Extract(SeedDocuments.Of(table)));

        Assert.Equal(3, result.Indicators.Count);
        var first = result.Indicators[0];
        Assert.Equal(["产出指标", "数量指标"], first.Path);
        Assert.Equal(40m, first.Levels[0].Weight);
        Assert.Equal((20m, 18.5m, 20m), (first.Weight!.Value, first.Score!.Value, first.SelfScore!.Value));
        Assert.Equal("完成率×20分", first.Criteria);
        Assert.Equal("9.00", result.Indicators[2].ScoreText);
        Assert.Equal(47.50m, result.Total!.Value);
    }

    [Fact]
    public void A_table_without_score_column_is_not_a_score_table()
    {
        var table = SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("二级指标"), new("三级指标"), new("年度指标值"), new("实际完成值")],
            [new("产出指标"), new("数量指标"), new("培训人数"), new("≥100人"), new("120人")],
        ]);

        Assert.Empty(new ScoreTableExtractor().Extract(SeedDocuments.Of(table)));
    }

    [Fact]
    public void A_grade_printed_beside_the_total_and_a_four_level_header_are_read()
    {
        var table = SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("二级指标"), new("三级指标"), new("四级指标"), new("权重"), new("得分")],
            [new("决策", 2), new("项目立项", 2), new("立项依据", 2), new("依据充分性"), new("3"), new("3")],
            [new("程序规范性"), new("2"), new("1.5")],
            [new("总分"), new("4.5"), new("评价等级"), new("“良”"), new(string.Empty), new(string.Empty)],
        ]);

        var result = Assert.Single(new ScoreTableExtractor().Extract(SeedDocuments.Of(table)));

        Assert.Equal(["决策", "项目立项", "立项依据", "程序规范性"], result.Indicators[1].Path);
        Assert.Equal(1.5m, result.Indicators[1].Score);
        Assert.Equal(4.5m, result.Total!.Value);
        Assert.Equal("良", result.Grade);
    }

    [Theory]
    [InlineData("自评等级中", "中")]
    [InlineData("自评等级：中", "中")]
    [InlineData("自评等级中心", null)]
    public void A_grade_after_its_label_is_read_when_the_colon_was_lost(string cell, string? grade)
    {
        // A scan's faint "：" is often not read: "自评等级：中" comes out "自评等级中".
        var table = SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("二级指标"), new("分值"), new("得分"), new("说明")],
            [new("决策"), new("立项依据"), new("3"), new("3"), new(string.Empty)],
            [new("程序规范性", 1, 1), new("规范"), new("2"), new("1.5"), new(string.Empty)],
            [new("总分", 1, 2), new("5"), new("4.5"), new(cell)],
        ]);

        var result = Assert.Single(new ScoreTableExtractor().Extract(SeedDocuments.Of(table)));

        Assert.Equal(4.5m, result.Total!.Value);
        Assert.Equal(grade, result.Grade);
    }

    [Fact]
    public void A_flat_list_with_hierarchical_codes_becomes_levels()
    {
        var table = SeedDocuments.TableFrom(
        [
            [new("指标名称"), new("权重"), new("指标得分"), new("得分率")],
            [new("A1项目立项"), new("5.00"), new("2.00"), new("40.00%")],
            [new("A101立项依据充分性"), new("2.00"), new("2.00"), new("100.00%")],
            [new("A102立项程序规范性"), new("3.00"), new("0.00"), new("0.00%")],
            [new("A2绩效目标"), new("5.00"), new("4.40"), new("88.00%")],
            [new("A201绩效目标合理性"), new("2.00"), new("2.00"), new("100.00%")],
            [new("合计"), new("10.00"), new("6.40"), new("64.00%")],
        ]);

        var result = Assert.Single(new ScoreTableExtractor().Extract(SeedDocuments.Of(table)));

        Assert.Equal(3, result.Indicators.Count);
        Assert.Equal(["A2绩效目标", "A201绩效目标合理性"], result.Indicators[2].Path);
        Assert.Equal(5m, result.Indicators[2].Levels[0].Weight);
        Assert.Equal(6.40m, result.Total!.Value);
    }

    private static IEnumerable<Block> Split(Block block, int headerRows, bool repeatHeader)
    {
        if (block is not Table table || table.RowCount < 20)
        {
            yield return block;
            yield break;
        }

        var middle = table.RowCount / 2;
        yield return TableVariants.Slice(table, 0, middle, 0);
        yield return new Paragraph("— 12 —", table.Provenance);
        yield return TableVariants.Slice(table, middle, table.RowCount, repeatHeader ? headerRows : 0);
    }

    private static void AssertAllRows(string id, IReadOnlyList<Extraction.Results.ScoreTable> tables)
    {
        using var truth = TruthFile.Load(id);
        var misses = new List<string>();
        var fraction = CorpusMatching.ScoreRowFraction(TruthRows.From(truth.RootElement.GetProperty("score_table")), tables, misses);
        Assert.True(fraction == 1, string.Join("\n", misses));
    }
}
