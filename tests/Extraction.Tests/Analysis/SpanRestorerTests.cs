using Extraction.Analysis.ScoreTables;
using Extraction.Model;

namespace Extraction.Tests.Analysis;

/// <summary>Merged cells flattened by a converter or a page break, restored in one place for every reader: each rule
/// with the case it restores and the cases it must leave alone.</summary>
public sealed class SpanRestorerTests
{
    private static readonly SpanCell[] Header = [new("一级指标"), new("二级指标"), new("三级指标"), new("分值"), new("得分"), new("偏差原因")];

    private static Table Flattened() => SeedDocuments.TableFrom(
    [
        Header,
        [new("决策"), new("项目立项"), new("立项依据充分性"), new("3"), new("3"), new("")],
        [new(""), new(""), new("立项程序规范性"), new("2"), new("2"), new("")],
        [new(""), new("绩效目标"), new("目标合理性"), new("3"), new("2"), new("目标偏高")],
        [new("过程"), new(""), new("预算执行率"), new("5"), new("4"), new("")],
    ]);

    private static Document One(params Block[] blocks) => new(SourceFormat.Markdown, [new Page(1, blocks)], []);

    private static Table Restored(Table table) => Assert.IsType<Table>(Assert.Single(new SpanRestorer().Restore(One(table)).Blocks));

    [Fact]
    public void Blank_level_cells_under_a_group_become_its_span()
    {
        var table = Restored(Flattened());

        Assert.Equal(("决策", 3), (table.CellAt(2, 0)!.Text, table.CellAt(2, 0)!.RowSpan));
        Assert.Same(table.CellAt(1, 0), table.CellAt(3, 0));
        Assert.Equal(("项目立项", 2), (table.CellAt(2, 1)!.Text, table.CellAt(2, 1)!.RowSpan));
        Assert.Equal("绩效目标", table.CellAt(3, 1)!.Text);
        Assert.DoesNotContain(table.Cells, c => c.Restored);
    }

    [Fact]
    public void A_blank_notes_column_stays_blank()
    {
        var table = Restored(Flattened());

        Assert.Equal((2, 1, string.Empty), (table.CellAt(2, 5)!.Row, table.CellAt(2, 5)!.RowSpan, table.CellAt(2, 5)!.Text));
        Assert.Equal((1, 1), (table.CellAt(1, 5)!.Row, table.CellAt(1, 5)!.RowSpan));
    }

    [Fact]
    public void A_level_blank_where_an_outer_group_starts_is_not_filled()
    {
        // 过程 opens a new 一级 group: its blank 二级 cell is not 绩效目标 going on.
        var table = Restored(Flattened());

        Assert.Equal((4, 1, string.Empty), (table.CellAt(4, 1)!.Row, table.CellAt(4, 1)!.RowSpan, table.CellAt(4, 1)!.Text));
    }

    [Theory]
    [InlineData("", "", "", "", "", "续上行的偏差原因说明")]
    [InlineData("", "合计", "", "100", "94", "")]
    public void Rows_that_name_no_level_or_sum_up_are_left_alone(string a, string b, string c, string d, string e, string f)
    {
        var table = Restored(SeedDocuments.TableFrom(
        [
            Header,
            [new("决策"), new("项目立项"), new("立项依据充分性"), new("3"), new("3"), new("")],
            [new(a), new(b), new(c), new(d), new(e), new(f)],
        ]));

        Assert.Equal((1, 1), (table.CellAt(1, 0)!.RowSpan, table.CellAt(1, 1)!.RowSpan));
        Assert.Equal(2, table.CellAt(2, 0)!.Row);
    }

    [Fact]
    public void A_row_that_does_not_fit_the_header_gets_the_group_as_restored_text_not_a_span()
    {
        // Prose in the weight column: cells shifted by a text rendering, read by kind; a span would add a cell to it.
        var table = Restored(SeedDocuments.TableFrom(
        [
            Header,
            [new("决策"), new("项目立项"), new("立项依据充分性"), new("3"), new("3"), new("")],
            [new(""), new(""), new("满意度"), new("较高"), new("5"), new("")],
        ]));

        Assert.Equal(1, table.CellAt(1, 0)!.RowSpan);
        Assert.Equal(("决策", true), (table.CellAt(2, 0)!.Text, table.CellAt(2, 0)!.Restored));
    }

    [Fact]
    public void Level_weight_cells_follow_their_level()
    {
        var table = Restored(SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("分值"), new("二级指标"), new("分值"), new("得分")],
            [new("决策"), new("15"), new("立项"), new("5"), new("5")],
            [new(""), new(""), new("目标"), new("10"), new("9")],
        ]));

        Assert.Equal(2, table.CellAt(2, 0)!.RowSpan);
        Assert.Equal(("15", 2), (table.CellAt(2, 1)!.Text, table.CellAt(2, 1)!.RowSpan));
        Assert.Equal(2, table.CellAt(2, 2)!.Row);
    }

    [Fact]
    public void Cells_the_reader_already_merged_are_left_as_they_are()
    {
        var merged = SeedDocuments.TableFrom(
        [
            Header,
            [new("决策", 2), new("项目立项", 2), new("立项依据充分性"), new("3"), new("3"), new("")],
            [new("立项程序规范性"), new("2"), new("2"), new("")],
        ]);

        Assert.Same(merged, Restored(merged));
    }

    private static Table Continued() => SeedDocuments.TableFrom(
    [
        [new(""), new(""), new("绩效目标合理性"), new("2"), new("2"), new("")],
        [new(""), new(""), new("绩效指标明确性"), new("2"), new("1"), new("")],
        [new("过程"), new("资金管理"), new("预算执行率"), new("5"), new("4"), new("")],
    ], page: 2);

    [Fact]
    public void Only_groups_open_at_the_end_of_the_page_before_are_filled()
    {
        // Page 1 ends inside 过程 with no 二级 name: the 一级 goes on, no 二级 is invented.
        var restored = new SpanRestorer().Restore(new Document(SourceFormat.Pdf, [new Page(1, [Flattened()]), new Page(2, [Continued()])], []));
        var second = restored.Tables.Last();

        Assert.Equal(("过程", true, 2), (second.CellAt(0, 0)!.Text, second.CellAt(0, 0)!.Restored, second.CellAt(0, 0)!.RowSpan));
        Assert.Equal(string.Empty, second.CellAt(0, 1)!.Text);
    }

    [Fact]
    public void A_continued_page_takes_the_groups_open_at_the_end_of_the_page_before()
    {
        var first = SeedDocuments.TableFrom(
        [
            Header,
            [new("决策"), new("项目立项"), new("立项依据充分性"), new("3"), new("3"), new("")],
        ]);
        var restored = new SpanRestorer().Restore(new Document(SourceFormat.Pdf, [new Page(1, [first]), new Page(2, [Continued()])], []));
        var second = restored.Tables.Last();

        Assert.Equal(("决策", true, 2), (second.CellAt(0, 0)!.Text, second.CellAt(0, 0)!.Restored, second.CellAt(0, 0)!.RowSpan));
        Assert.Equal(("项目立项", true, 2), (second.CellAt(1, 1)!.Text, second.CellAt(1, 1)!.Restored, second.CellAt(1, 1)!.RowSpan));
        Assert.Equal(("过程", false), (second.CellAt(2, 0)!.Text, second.CellAt(2, 0)!.Restored));
    }

    [Fact]
    public void A_heading_between_the_parts_means_another_table_and_nothing_is_filled()
    {
        var first = SeedDocuments.TableFrom(
        [
            Header,
            [new("决策"), new("项目立项"), new("立项依据充分性"), new("3"), new("3"), new("")],
        ]);
        var restored = new SpanRestorer().Restore(new Document(SourceFormat.Pdf,
            [new Page(1, [first, new Paragraph("二、其他指标", Provenance.OnPage(1), 2)]), new Page(2, [Continued()])], []));

        Assert.Equal(string.Empty, restored.Tables.Last().CellAt(0, 0)!.Text);
    }
}
