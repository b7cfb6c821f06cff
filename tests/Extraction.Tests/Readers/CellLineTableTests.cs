using Extraction.Layout;

namespace Extraction.Tests.Readers;

public sealed class CellLineTableTests
{
    [Fact]
    public void Tab_led_lines_are_cells_blank_lines_end_rows_and_plain_lines_continue_a_cell()
    {
        string[] lines = ["前言", "\t名称", "\t分值", "\t得分", "", "\t甲", "\t10", "\t第一行", "第二行", "", "\t", "\t5", "\t4", "", "后记"];

        var run = CellLineTable.Read(lines, 1);

        Assert.NotNull(run);
        Assert.Equal(3, run.Width);
        Assert.Equal(13, run.End);
        Assert.Equal(["名称", "分值", "得分"], run.Rows[0]);
        Assert.Equal(["甲", "10", "第一行\n第二行"], run.Rows[1]);
        Assert.Equal(["", "5", "4"], run.Rows[2]);
    }

    [Fact]
    public void Blank_line_inside_a_cell_does_not_end_a_short_row_but_a_title_after_a_full_row_ends_the_table()
    {
        string[] lines = ["\t名称", "\t标准", "\t得分", "", "\t甲", "\t第一段", "", "第二段", "\t5", "", "表2", "\t乙", "\t丙"];

        var run = CellLineTable.Read(lines, 0);

        Assert.NotNull(run);
        Assert.Equal(["甲", "第一段\n第二段", "5"], run.Rows[1]);
        Assert.Equal(2, run.Rows.Count);
        Assert.Equal(9, run.End);
    }

    [Fact]
    public void Overlong_row_is_split_at_an_indented_cell_line_and_a_full_row_is_not()
    {
        string[] lines = ["\ta", "\t1", "\t2", "", "\tb", "\t3", "  \tc", "", "\td", "\t4", "\t5", "  \t合计", "\t9"];

        var run = CellLineTable.Read(lines, 0);

        Assert.NotNull(run);
        Assert.Equal(["a", "b", "d", "合计"], run.Rows.Select(r => r[0]));
        Assert.Equal(["b", "3", "c"], run.Rows[1]);
        Assert.Equal(["合计", "9"], run.Rows[3]);
    }

    [Fact]
    public void Indented_tab_is_a_cell_line_but_a_tab_separated_line_is_not()
    {
        Assert.True(CellLineTable.IsCellLine("  \t合计"));
        Assert.True(CellLineTable.IsCellLine("\t"));
        Assert.False(CellLineTable.IsCellLine("\t一级\t二级"));
        Assert.False(CellLineTable.IsCellLine("合计\t100"));
        Assert.False(CellLineTable.IsCellLine("合计"));
    }

    [Theory]
    [InlineData("\t只有一格\n\n\t又一格\n")]
    [InlineData("\t甲\n\t乙\n\n正文\n")]
    [InlineData("\t甲\n\t乙\n\n\t丙\n\t丁\n\t戊\n\n\t1\n\t2\n\t3\n\t4\n\t5\n\t6\n")]
    public void Single_cells_a_single_row_or_inconsistent_rows_are_no_table(string text)
    {
        Assert.Null(CellLineTable.Read(text.Split('\n'), 0));
    }

    [Fact]
    public void Run_stops_before_a_tab_separated_line_or_a_page_break()
    {
        string[] lines = ["\ta", "\tb", "", "\tc", "\td", "x\ty", "", "\te", "\tf"];
        var run = CellLineTable.Read(lines, 0);
        Assert.NotNull(run);
        Assert.Equal(5, run.End);
        Assert.Equal(2, run.Rows.Count);

        string[] paged = ["\ta", "\tb", "", "\tc", "\td", "\f", "\te", "\tf"];
        Assert.Equal(5, CellLineTable.Read(paged, 0)!.End);
    }

    [Fact]
    public void Short_header_rows_span_the_columns_they_lost_to_merges()
    {
        IReadOnlyList<string>[] rows =
        [
            ["评价指标", "指标说明", "评分"],
            ["一级指标", "二级指标", "", ""],
            ["名称", "分值", "名称", "分值", "", ""],
            ["决策", "20", "目标", "5", "说明", "5"],
        ];

        var placed = ShortRowSpans.Place(rows, 6);

        Assert.Equal([4, 1, 1], placed[0].Select(c => c.ColumnSpan));
        Assert.Equal([2, 2, 1, 1], placed[1].Select(c => c.ColumnSpan));
        Assert.All(placed[2].Concat(placed[3]), c => Assert.Equal(1, c.ColumnSpan));
    }

    [Fact]
    public void Short_row_under_a_header_shares_columns_but_below_a_full_row_keeps_single_columns()
    {
        IReadOnlyList<string>[] rows = [["a", "b"], ["x", "y", "z"], ["p", "q", "r", "s"], ["u", "v", "w"]];

        var placed = ShortRowSpans.Place(rows, 4);

        Assert.Equal([3, 1], placed[0].Select(c => c.ColumnSpan));
        Assert.Equal([2, 1, 1], placed[1].Select(c => c.ColumnSpan));
        Assert.All(placed[2].Concat(placed[3]), c => Assert.Equal(1, c.ColumnSpan));
    }
}
