using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Tests.Core.Layout;

/// <summary>A row of a table without rules cut by a page break (BorderlessTail, through PageBreakTables.Join): the rest
/// of its cells opening the next page — a paragraph above the continued part, or the part's first row — joins the row
/// when it lies in the columns, under cells with text, and leaves the row's numbers alone; otherwise nothing moves.</summary>
public sealed class BorderlessTailTests
{
    private static readonly double[] Lefts = [60, 130, 250, 330, 410];

    private static TableCell Cell(int row, int column, string text, int page, double top) =>
        new(row, column, 1, 1, text, new Provenance(page, new BoundingBox(Lefts[column], top, Lefts[column] + Math.Max(9, 9 * text.Length), top + 9)));

    /// <summary>A table of rows 18 pt apart from <paramref name="top"/>, a cell per column.</summary>
    private static Table Table(int page, double top, bool continues, params string[][] rows)
    {
        var cells = rows.SelectMany((row, r) => row.Select((text, c) => Cell(r, c, text, page, top + 18 * r))).ToList();
        var box = new BoundingBox(Lefts[0], top, Lefts[^1] + 60, top + 18 * rows.Length);
        return new Table(cells, rows.Length, Lefts.Length, new Provenance(page, box)) { ContinuesPrevious = continues };
    }

    private static Table Upper() => Table(1, 700, false,
        ["一级", "三级指标", "分值", "得分", "扣分原因"],
        ["过程", "资产管理安全", "0.5", "0.00", "检查发现1处"]);

    private static Table Lower(bool continues = true) => Table(2, 60, continues,
        ["产出", "工作任务完成率", "21", "19.29", "完成"],
        ["总计", "", "100", "88.74", ""]);

    private static Paragraph Para(string text, int column, double top = 40) =>
        new(text, new Provenance(2, new BoundingBox(Lefts[column], top, Lefts[column] + 9 * text.Length, top + 9)));

    private static IReadOnlyList<Page> Join(Table upper, params Block[] second) =>
        PageBreakTables.Join([new Page(1, [upper]), new Page(2, second)], new Dictionary<Table, TableRims>());

    [Fact]
    public void The_rest_of_a_cut_name_above_the_continued_part_joins_the_row_above()
    {
        var pages = Join(Upper(), Para("性", 1), Lower());

        var upper = Assert.IsType<Table>(Assert.Single(pages[0].Blocks));
        Assert.Equal("资产管理安全性", upper.CellAt(1, 1)?.Text);
        Assert.Equal("0.5", upper.CellAt(1, 2)?.Text);
        var lower = Assert.IsType<Table>(Assert.Single(pages[1].Blocks));
        Assert.Equal("工作任务完成率", lower.CellAt(0, 1)?.Text);
    }

    [Fact]
    public void The_rest_read_as_the_continued_parts_first_row_joins_the_row_above()
    {
        var lower = Table(2, 42, true, ["", "性", "", "", ""], ["产出", "工作任务完成率", "21", "19.29", "完成"]);

        var pages = Join(Upper(), lower);

        Assert.Equal("资产管理安全性", Assert.IsType<Table>(pages[0].Blocks[0]).CellAt(1, 1)?.Text);
        var rest = Assert.IsType<Table>(Assert.Single(pages[1].Blocks));
        Assert.Equal((1, "产出"), (rest.RowCount, rest.CellAt(0, 0)?.Text));
    }

    [Fact]
    public void Page_numbers_text_outside_the_columns_or_under_numbers_and_parts_not_continued_stay()
    {
        // A page number is furniture, not a cell's rest.
        var numbered = Join(Upper(), Para("2", 1), Lower());
        Assert.Equal("资产管理安全", Assert.IsType<Table>(numbered[0].Blocks[0]).CellAt(1, 1)?.Text);
        Assert.Equal(2, numbered[1].Blocks.Count);

        // A line wider than any column (a running title) is no rest.
        var title = new Paragraph("望海区文化和旅游局部门整体支出绩效自评报告", new Provenance(2, new BoundingBox(60, 40, 460, 49)));
        Assert.Equal(2, Join(Upper(), title, Lower())[1].Blocks.Count);

        // Text under the row's number column prints a number of its own: a new row, not the rest.
        Assert.Equal(2, Join(Upper(), Para("分值", 2), Lower())[1].Blocks.Count);

        // A part the reader did not mark as continued is another table.
        var separate = Join(Upper(), Para("性", 1), Lower(continues: false));
        Assert.Equal("资产管理安全", Assert.IsType<Table>(separate[0].Blocks[0]).CellAt(1, 1)?.Text);
    }
}
