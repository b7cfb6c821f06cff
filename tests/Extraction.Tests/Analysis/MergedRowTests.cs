using Extraction.Analysis.ScoreTables;

namespace Extraction.Tests.Analysis;

/// <summary>A text rendering that lost a row's name merges its cells into the next row: two different weights after
/// one name ("绩效目标完成效率 | 4 | 5 | …" under a header printing 权重 twice). Which weight and score the name owns is
/// a guess, so the row is left out instead of raising score alarms.</summary>
public sealed class MergedRowTests
{
    [Fact]
    public void Row_with_two_different_weights_for_its_name_is_left_out_and_equal_ones_are_read()
    {
        var table = SeedDocuments.TableFrom(
        [
            [new("三级指标"), new("分值"), new("分值"), new("指标说明"), new("得分")],
            [new("预算编制合理性"), new("5"), new("5"), new("说明，反映预算的合理性"), new("4")],
            [new("绩效目标完成效率"), new("4"), new("5"), new("部门完成党委交办的工作，反映落实程度。"), new("4.75")],
            [new("项目完成及时性"), new("2"), new(""), new("反映项目是否按时完成。"), new("2")],
        ]);

        var result = Assert.Single(new ScoreTableExtractor().Extract(SeedDocuments.Of(table)));

        Assert.Equal(
            ["预算编制合理性 5 4", "项目完成及时性 2 2"],
            result.Indicators.Select(i => $"{string.Join('/', i.Path)} {i.Weight} {i.Score}"));
    }
}
