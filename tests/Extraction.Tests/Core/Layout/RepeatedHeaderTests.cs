using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Tests.Core.Layout;

/// <summary>A header repeated on a continued part without a rule under it (RepeatedHeader): split off from the first row
/// it shares boxes with; left alone when it is a row of its own or when a column does not start with it.</summary>
public sealed class RepeatedHeaderTests
{
    private static readonly Provenance At = new(2, new BoundingBox(0, 0, 10, 10));

    private static Table Table(params string[][] rows) =>
        new(rows.SelectMany((row, r) => row.Select((text, c) => new TableCell(r, c, 1, 1, text, At))).ToList(), rows.Length, rows[0].Length, At);

    private static readonly Table First = Table(["序号", "三级指标", "分值", "得分"], ["2.1.1", "支出执行率", "1", "0.81"]);

    [Fact]
    public void A_header_sharing_boxes_with_the_first_row_becomes_a_row_of_its_own()
    {
        var part = Table(["序号 2.1.3", "三级指标资金使用规范", "分值 3", "得分 2.00"], ["2.2.1", "政府采购执行", "5", "4.62"]);

        var split = RepeatedHeader.Split(First, part);

        Assert.NotNull(split);
        Assert.Equal(3, split.RowCount);
        Assert.Equal(["序号", "三级指标", "分值", "得分"], Enumerable.Range(0, 4).Select(c => split.CellAt(0, c)?.Text));
        Assert.Equal(["2.1.3", "资金使用规范", "3", "2.00"], Enumerable.Range(0, 4).Select(c => split.CellAt(1, c)?.Text));
        Assert.Equal("4.62", split.CellAt(2, 3)?.Text);
    }

    [Fact]
    public void A_header_row_of_its_own_is_left_alone()
    {
        Assert.Null(RepeatedHeader.Split(First, Table(["序号", "三级指标", "分值", "得分"], ["2.1.3", "资金使用规范", "3", "2.00"])));
    }

    [Fact]
    public void A_first_row_that_does_not_start_with_the_header_is_left_alone()
    {
        Assert.Null(RepeatedHeader.Split(First, Table(["2.1.3", "三级指标资金使用规范", "分值 3", "得分 2.00"])));
    }
}
