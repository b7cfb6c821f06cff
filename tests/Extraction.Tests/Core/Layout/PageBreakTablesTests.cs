using Extraction.Layout;
using Extraction.Model;
using Extraction.Tests.Analysis;

namespace Extraction.Tests.Core.Layout;

/// <summary>Ruled tables continued over a page break: same columns for every part, a row cut by the break whole
/// again, and nothing joined that the geometry does not support.</summary>
public sealed class PageBreakTablesTests
{
    private static readonly double[] Bounds = [50, 150, 250, 350];

    private static readonly bool[] Ruled = [true, true, true];

    private static readonly bool[] Open = [false, false, false];

    private static Table Upper() => SeedDocuments.TableFrom(
    [
        [new("名称"), new("分值"), new("评分标准")],
        [new("预算编制"), new("5"), new("1.按要求编制的，")],
    ], page: 1);

    private static Table Lower(int page = 2) => SeedDocuments.TableFrom(
    [
        [new(""), new(""), new("得5分。")],
        [new("目标设置"), new("4"), new("目标明确的，得4分。")],
    ], page);

    private static IReadOnlyList<Page> Join(
        Table upper, TableRims upperRims, Table lower, TableRims lowerRims, params Block[] between)
    {
        var pages = new List<Page> { new(1, [upper, .. between]), new(2, [lower]) };
        var rims = new Dictionary<Table, TableRims>(ReferenceEqualityComparer.Instance) { [upper] = upperRims, [lower] = lowerRims };
        return PageBreakTables.Join(pages, rims);
    }

    private static string Rows(Table table)
    {
        var grid = table.ToGrid();
        return string.Join(" / ", Enumerable.Range(0, table.RowCount).Select(r =>
            string.Join("|", Enumerable.Range(0, table.ColumnCount).Select(c =>
                grid[r, c] is { } cell && cell.Row == r && cell.Column == c ? cell.Text : "."))));
    }

    [Fact]
    public void Row_cut_by_the_break_is_whole_on_the_first_page_and_the_rest_continues()
    {
        var pages = Join(Upper(), new TableRims(Bounds, Ruled, Open), Lower(), new TableRims(Bounds, Open, Ruled));

        var upper = Assert.IsType<Table>(Assert.Single(pages[0].Blocks));
        var lower = Assert.IsType<Table>(Assert.Single(pages[1].Blocks));
        Assert.Equal("名称|分值|评分标准 / 预算编制|5|1.按要求编制的，得5分。", Rows(upper));
        Assert.Equal("目标设置|4|目标明确的，得4分。", Rows(lower));
        Assert.True(lower.ContinuesPrevious);
        Assert.False(upper.ContinuesPrevious);
        Assert.Equal(2, lower.Cells[0].Provenance.Page);
    }

    [Fact]
    public void Row_moved_whole_to_the_next_page_keeps_its_place()
    {
        // The rule under the last row of page 1 is drawn: the next page starts a new row even without a top rule.
        var lower = SeedDocuments.TableFrom([[new("目标设置"), new("4"), new("目标明确的，得4分。")]], page: 2);
        var pages = Join(Upper(), new TableRims(Bounds, Ruled, Ruled), lower, new TableRims(Bounds, Open, Ruled));

        Assert.Equal("名称|分值|评分标准 / 预算编制|5|1.按要求编制的，", Rows((Table)pages[0].Blocks[0]));
        var continued = (Table)pages[1].Blocks[0];
        Assert.Equal("目标设置|4|目标明确的，得4分。", Rows(continued));
        Assert.True(continued.ContinuesPrevious);
    }

    [Fact]
    public void Producer_leaving_the_outer_borders_open_gets_no_row_joined()
    {
        var pages = Join(Upper(), new TableRims(Bounds, Open, Open), Lower(), new TableRims(Bounds, Open, Open));

        Assert.Equal(2, ((Table)pages[1].Blocks[0]).RowCount);
        Assert.True(((Table)pages[1].Blocks[0]).ContinuesPrevious);
    }

    [Fact]
    public void Part_with_fewer_columns_is_placed_on_the_finer_columns()
    {
        // A lone 加减分项 row whose label spans the name and weight columns: 2 columns drawn, boundaries 50/250/350.
        var lower = SeedDocuments.TableFrom([[new("加减分项"), new("受表彰的，加1分")]], page: 2);
        var pages = Join(Upper(), new TableRims(Bounds, Ruled, Ruled), lower, new TableRims([50.8, 249.5, 350], [false, false], [true, true]));

        var continued = (Table)pages[1].Blocks[0];
        Assert.Equal(3, continued.ColumnCount);
        Assert.Equal("加减分项|.|受表彰的，加1分", Rows(continued));
        Assert.Equal((0, 2), (continued.Cells[0].Column, continued.Cells[0].ColumnSpan));
        Assert.True(continued.ContinuesPrevious);
    }

    [Fact]
    public void Columns_that_do_not_line_up_are_another_table()
    {
        var pages = Join(Upper(), new TableRims(Bounds, Ruled, Open), Lower(), new TableRims([50, 120, 250, 350], Open, Ruled));

        Assert.Equal(2, ((Table)pages[1].Blocks[0]).RowCount);
        Assert.False(((Table)pages[1].Blocks[0]).ContinuesPrevious);
        Assert.Equal("名称|分值|评分标准 / 预算编制|5|1.按要求编制的，", Rows((Table)pages[0].Blocks[0]));
    }

    [Fact]
    public void Heading_or_table_title_between_the_parts_starts_another_table()
    {
        var heading = new Paragraph("三、评分表", Provenance.OnPage(1), HeadingLevel: 2);
        var title = new Paragraph("附表2 项目支出绩效评分表", Provenance.OnPage(1));
        foreach (var between in new[] { heading, title })
        {
            var pages = Join(Upper(), new TableRims(Bounds, Ruled, Open), Lower(), new TableRims(Bounds, Open, Ruled), between);

            Assert.False(((Table)pages[1].Blocks[0]).ContinuesPrevious);
            Assert.Equal(2, ((Table)pages[1].Blocks[0]).RowCount);
        }
    }

    [Fact]
    public void Page_number_between_the_parts_is_furniture()
    {
        var number = new Paragraph("- 3 -", Provenance.OnPage(1));
        var pages = Join(Upper(), new TableRims(Bounds, Ruled, Open), Lower(), new TableRims(Bounds, Open, Ruled), number);

        Assert.Equal("预算编制|5|1.按要求编制的，得5分。", Rows((Table)pages[0].Blocks[0]).Split(" / ")[1]);
        Assert.Equal(2, pages[0].Blocks.Count);
    }

    [Fact]
    public void Cell_spanning_down_from_the_cut_row_keeps_its_other_rows_and_a_lone_rest_disappears()
    {
        // Page 2: the name column is one blank cell covering both rows (a span continued from page 1).
        var lower = SeedDocuments.TableFrom(
        [
            [new("", RowSpan: 2), new(""), new("得5分。")],
            [new("4"), new("目标明确的，得4分。")],
        ], page: 2);
        var pages = Join(Upper(), new TableRims(Bounds, Ruled, Open), lower, new TableRims(Bounds, Open, Ruled));
        Assert.Equal("|4|目标明确的，得4分。", Rows((Table)pages[1].Blocks[0]));

        var rest = SeedDocuments.TableFrom([[new(""), new(""), new("得5分。")]], page: 2);
        pages = Join(Upper(), new TableRims(Bounds, Ruled, Open), rest, new TableRims(Bounds, Open, Ruled));
        Assert.Empty(pages[1].Blocks);
        Assert.EndsWith("得5分。", Rows((Table)pages[0].Blocks[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Row_cut_inside_its_numbers_and_its_merged_label_joins_when_both_parts_are_ruled_all_round()
    {
        // LibreOffice closes the frame on both pages; the break cut the 一级 label (a merged cell going on below), the
        // name and the target/actual values with their units. The rest leaves the weight and the score empty.
        double[] bounds = [50, 120, 190, 260, 330, 400, 470];
        bool[] ruled = [true, true, true, true, true, true];
        var upper = SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("三级指标"), new("年度指标值"), new("实际完成值"), new("分值"), new("得分")],
            [new("效益指"), new("受益群"), new("≥1098"), new("10332"), new("11"), new("10.35")],
        ], page: 1);
        var lower = SeedDocuments.TableFrom(
        [
            [new("标", RowSpan: 2), new("众人数"), new("6人"), new("人"), new(""), new("")],
            [new("带动增收金额"), new("≥624.34万元"), new("625.37万元"), new("12"), new("12")],
        ], page: 2);

        var pages = Join(upper, new TableRims(bounds, ruled, ruled), lower, new TableRims(bounds, ruled, ruled));

        var cut = ((Table)pages[0].Blocks[0]).ToGrid();
        Assert.Equal(["效益指标", "受益群众人数", "10332人", "11", "10.35"], new[] { 0, 1, 3, 4, 5 }.Select(c => cut[1, c]!.Text));
        var rest = (Table)pages[1].Blocks[0];
        Assert.Equal("效益指标|带动增收金额|≥624.34万元|625.37万元|12|12", Rows(rest));
        Assert.True(rest.CellAt(0, 0)!.Restored);

        // A number cut inside its digits ("100.0" | "0%") is finished by the rest as well.
        var digits = SeedDocuments.TableFrom(
        [
            [new("一级指标"), new("三级指标"), new("年度指标值"), new("实际完成值"), new("分值"), new("得分")],
            [new("产出指标"), new("重点"), new("100%"), new("100.0"), new("11"), new("11")],
        ], page: 1);
        var digitsRest = SeedDocuments.TableFrom([[new(""), new("任务完成情况"), new(""), new("0%"), new(""), new("")]], page: 2);
        pages = Join(digits, new TableRims(bounds, ruled, ruled), digitsRest, new TableRims(bounds, ruled, ruled));
        Assert.Empty(pages[1].Blocks);
        Assert.EndsWith("100.00%|11|11", Rows((Table)pages[0].Blocks[0]), StringComparison.Ordinal);

        // A label opening its own group on the next page, with the numbers of its row, is a new row.
        var group = SeedDocuments.TableFrom(
        [
            [new("产出", RowSpan: 2), new("众人数"), new("≥6人"), new("7人"), new("5"), new("5")],
            [new("带动增收金额"), new("≥624.34万元"), new("625.37万元"), new("12"), new("12")],
        ], page: 2);
        pages = Join(Upper6(), new TableRims(bounds, ruled, ruled), group, new TableRims(bounds, ruled, ruled));
        Assert.Equal(2, ((Table)pages[1].Blocks[0]).RowCount);
    }

    private static Table Upper6() => SeedDocuments.TableFrom(
    [
        [new("一级指标"), new("三级指标"), new("年度指标值"), new("实际完成值"), new("分值"), new("得分")],
        [new("效益指标"), new("受益群众人数"), new("≥1098"), new("10332"), new("11"), new("10.35")],
    ], page: 1);

    [Fact]
    public void Rest_whose_cells_do_not_line_up_with_the_row_above_is_not_joined()
    {
        var lower = SeedDocuments.TableFrom([[new("得5分。", ColSpan: 2), new("x")], [new("目标设置"), new("4"), new("y")]], page: 2);
        var pages = Join(Upper(), new TableRims(Bounds, Ruled, Open), lower, new TableRims(Bounds, Open, Ruled));

        Assert.Equal(2, ((Table)pages[1].Blocks[0]).RowCount);
        Assert.Equal("名称|分值|评分标准 / 预算编制|5|1.按要求编制的，", Rows((Table)pages[0].Blocks[0]));
    }

    [Fact]
    public void Header_left_alone_at_the_foot_of_a_page_moves_to_its_body()
    {
        var header = SeedDocuments.TableFrom([[new("评价指标", ColSpan: 2), new("评分标准")], [new("名称"), new("分值"), new("")]], page: 1);
        var body = SeedDocuments.TableFrom([[new("目标设置"), new("4"), new("目标明确的，得4分。")]], page: 2);
        var pages = Join(header, new TableRims(Bounds, Ruled, Ruled), body, new TableRims(Bounds, Open, Ruled));

        Assert.Empty(pages[0].Blocks);
        var table = Assert.IsType<Table>(Assert.Single(pages[1].Blocks));
        Assert.Equal("评价指标|.|评分标准 / 名称|分值| / 目标设置|4|目标明确的，得4分。", Rows(table));
        Assert.False(table.ContinuesPrevious);
        Assert.Equal(1, table.CellAt(0, 0)!.Provenance.Page);

        // Rows with numbers are a body of their own, not a stranded header.
        pages = Join(Upper(), new TableRims(Bounds, Ruled, Ruled), body, new TableRims(Bounds, Open, Ruled));
        Assert.Single(pages[0].Blocks);
        Assert.Equal(1, ((Table)pages[1].Blocks[0]).RowCount);
    }

    private static Table ScoreUpper() => SeedDocuments.TableFrom(
    [
        [new("具体指标"), new("分值"), new("得分")],
        [new("结转结余控"), new("20.5"), new("20.50")],
    ], page: 1);

    [Fact]
    public void Row_cut_by_the_break_with_both_parts_ruled_is_whole_again_when_its_rest_only_continues_text()
    {
        // LibreOffice closes a split row's frame on both pages: the rest fills no number column of the row above.
        var lower = SeedDocuments.TableFrom([[new("制率"), new(""), new("")], [new("资金使用合规性"), new("3"), new("1.50")]], page: 2);
        var upper = SeedDocuments.TableFrom([[new("具体指标"), new("分值"), new("得分"), new("备注")], [new("结转结余控"), new("20.5"), new("20.50"), new("实际")]], page: 1);
        var noted = SeedDocuments.TableFrom([[new("制率"), new(""), new(""), new("76.08%")], [new("资金使用合规性"), new("3"), new("1.50"), new("—")]], page: 2);
        var bounds = new double[] { 50, 150, 250, 350, 450 };
        var ruled = new[] { true, true, true, true };
        var notes = Join(upper, new TableRims(bounds, ruled, ruled), noted, new TableRims(bounds, ruled, ruled));
        Assert.Equal("具体指标|分值|得分|备注 / 结转结余控制率|20.5|20.50|实际76.08%", Rows((Table)notes[0].Blocks[0]));

        var pages = Join(ScoreUpper(), new TableRims(Bounds, Ruled, Ruled), lower, new TableRims(Bounds, Ruled, Ruled));

        Assert.Equal("具体指标|分值|得分 / 结转结余控制率|20.5|20.50", Rows((Table)pages[0].Blocks[0]));
        Assert.Equal("资金使用合规性|3|1.50", Rows((Table)pages[1].Blocks[0]));
    }

    [Theory]
    // A row of its own: it fills the number columns, or opens with 其中 / a list marker.
    [InlineData("资金使用合规性", "3", "1.50")]
    [InlineData("其中：基本支出", "", "")]
    [InlineData("（二）项目支出", "", "")]
    [InlineData("2013901 行政运行", "", "")]
    public void First_row_of_a_ruled_part_that_starts_a_row_stays_apart(string name, string weight, string score)
    {
        var lower = SeedDocuments.TableFrom([[new(name), new(weight), new(score)], [new("资产管理规范性"), new("5"), new("4")]], page: 2);
        var pages = Join(ScoreUpper(), new TableRims(Bounds, Ruled, Ruled), lower, new TableRims(Bounds, Ruled, Ruled));

        Assert.Equal("具体指标|分值|得分 / 结转结余控|20.5|20.50", Rows((Table)pages[0].Blocks[0]));
        Assert.Equal(2, ((Table)pages[1].Blocks[0]).RowCount);
    }
}
