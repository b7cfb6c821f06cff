using Extraction.Analysis.ScoreTables;

namespace Extraction.Tests.Analysis;

/// <summary>Rows that lost cells in a text rendering (shifted left under the header) read by cell kind.</summary>
public sealed class KindAlignmentTests
{
    private static readonly SpanCell[] Header =
        [new("一级指标"), new("二级指标"), new("三级指标"), new("分值"), new("指标说明"), new("评分标准"), new("得分")];

    [Theory]
    [InlineData("3", "Number")]
    [InlineData("1. 5", "Number")]
    [InlineData("预算编制合理性", "Name")]
    [InlineData("社会效益、经济效益、生态效益及可持续影响等", "Name")]
    [InlineData("部门预算编制符合职责，得1分", "Prose")]
    [InlineData("", "Empty")]
    public void Cells_are_numbers_names_or_prose(string text, string kind)
    {
        Assert.Equal(kind, CellKinds.Of(text).ToString());
    }

    [Fact]
    public void Shifted_rows_are_read_by_kind_with_the_score_anchored_right()
    {
        var table = SeedDocuments.TableFrom(
        [
            Header,
            [new("决策"), new("预算"), new("合理性"), new("5"), new("预算是否合理，用以反映"), new("符合的，得5分"), new("4")],
            [new("规范性"), new("3"), new("预算是否规范，用以反映"), new("规范的，得3分"), new("3"), new(""), new("")],
            [new(""), new("完成率"), new("反映预算支出完成程度，即"), new("4"), new("4"), new("完成率×4分"), new("3.5")],
            [new("项目管理"), new("10"), new("项目实施程序"), new("5"), new("是否规范，包括"), new(""), new("5")],
            [new("预算执行"), new("20"), new("反映预算执行，包括"), new(""), new(""), new(""), new("")],
            [new(""), new(""), new(""), new(""), new(""), new(""), new("")],
        ]);

        var result = Assert.Single(new ScoreTableExtractor().Extract(SeedDocuments.Of(table)));

        Assert.Equal(
            ["决策/预算/合理性 5 4", "规范性 3 3", "完成率 4 3.5", "项目实施程序 5 5"],
            result.Indicators.Select(i => $"{string.Join('/', i.Path)} {i.Weight} {i.Score}"));
        Assert.Equal(new Extraction.Results.CellRef(0, 2, 4), result.Indicators[1].Evidence.Cell);
    }

    [Fact]
    public void Weight_column_holding_prose_or_missing_for_the_deepest_level_is_read_by_kind()
    {
        var table = SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("分值"), new("二级指标"), new("分值"), new("三级指标"), new("指标说明"), new("得分")],
            [new("支出管理"), new("6"), new("财务管理"), new("6"), new("财务合规性"), new("6"), new("说明，包括"), new("6")],
            [new("资金下达"), new("反映下达的及时性，即"), new("3"), new("标准，得3分"), new(""), new(""), new("2")],
            [new("产出"), new("20"), new("数量"), new("10"), new("完成率"), new("完成率，100%"), new("8")],
        ]);

        var result = Assert.Single(new ScoreTableExtractor().Extract(SeedDocuments.Of(table)));

        Assert.Equal(
            ["财务合规性 6 6", "资金下达 3 2", "产出/数量/完成率  8"],
            result.Indicators.Select(i => $"{string.Join('/', i.Path)} {i.Weight} {i.Score}"));
    }

    [Fact]
    public void Rows_that_fit_the_header_are_read_by_column_even_with_blank_scores_or_a_leading_number()
    {
        var table = SeedDocuments.TableFrom(
        [
            [new("序号"), new("一级指标"), new("二级指标"), new("分值"), new("评分标准"), new("得分")],
            [new("1"), new("产出"), new("数量"), new("20"), new("完成率×20分"), new("18")],
            [new("2"), new(""), new("质量"), new("10"), new("合格率，得10分"), new("")],
            [new("3"), new("加减分项"), new(""), new(""), new("受表彰的，加1分"), new("")],
        ]);

        // The blank 一级 cell is 产出 going on: restored as a span by the pipeline's SpanRestorer.
        var result = Assert.Single(new ScoreTableExtractor().Extract(new SpanRestorer().Restore(SeedDocuments.Of(table))));

        Assert.Equal(
            ["产出/数量 20 18", "产出/质量 10 ", "加减分项  "],
            result.Indicators.Select(i => $"{string.Join('/', i.Path)} {i.Weight} {i.Score}"));
    }
}
