using Extraction.Analysis.ScoreTables;
using Extraction.Model;
using Extraction.Results;

namespace Extraction.Tests.Analysis;

/// <summary>A part of a score table on the next page that holds no number (a lone 加减分项 row) joins the table
/// only when the reader saw from the page geometry that it continues it.</summary>
public sealed class ContinuedPartTests
{
    private static Table Head() => SeedDocuments.TableFrom(
    [
        [new("一级指标"), new("二级指标"), new("分值"), new("评分标准"), new("得分")],
        [new("决策"), new("目标设置"), new("4"), new("目标明确的，得4分"), new("4")],
    ]);

    private static Table LastRow() => SeedDocuments.TableFrom([[new("加减分项"), new("工作表现加分"), new(""), new("受表彰的，加1分"), new("")]], page: 2);

    private static IReadOnlyList<string> Read(Table second) =>
        Assert.Single(new ScoreTableExtractor().Extract(new Document(
            SourceFormat.Pdf, [new Page(1, [Head()]), new Page(2, [second])], []))).Indicators
        .Select(i => string.Join('/', i.Path)).ToList();

    [Fact]
    public void Part_without_numbers_marked_as_continuing_is_read_with_its_table()
    {
        Assert.Equal(["决策/目标设置", "加减分项/工作表现加分"], Read(LastRow() with { ContinuesPrevious = true }));
    }

    [Fact]
    public void Part_without_numbers_and_without_the_mark_is_another_table()
    {
        Assert.Equal(["决策/目标设置"], Read(LastRow()));
    }

    [Fact]
    public void A_grade_row_continuing_a_table_closed_by_its_total_is_its_grade()
    {
        var head = SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("二级指标"), new("分值"), new("评分标准"), new("得分")],
            [new("决策"), new("目标设置"), new("4"), new("目标明确的，得4分"), new("4")],
            [new("总分"), new(""), new("4"), new(""), new("4")],
        ]);
        var grade = SeedDocuments.TableFrom([[new("评价等级"), new(""), new(""), new(""), new("优")]], page: 2);
        ScoreTable Read(Table second) => new ScoreTableExtractor().Extract(new Document(SourceFormat.Pdf, [new Page(1, [head]), new Page(2, [second])], []))[0];

        Assert.Equal("优", Read(grade with { ContinuesPrevious = true }).Grade);
        Assert.Null(Read(grade).Grade);
    }
}
