using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Tests.Core.Layout;

/// <summary>Tables printed without any rule (AlignedGridBuilder.BuildBorderless over BorderlessRegions): a padded table
/// with a caption, notes and prose around it is read alone; two-column prose, a numbered list and a cover page stay
/// text; a table run to the page's foot lends its columns to its continuation at the top of the next page.</summary>
public sealed class BorderlessTableTests
{
    private static readonly double[] Lefts = [60, 130, 250, 330, 410];

    private static TextFragment Word(string text, double left, double top) =>
        new(text, new BoundingBox(left, top, left + 9 * text.Length, top + 9));

    /// <summary>One table row per 18 pt (9 pt text, 9 pt of padding), a cell per column.</summary>
    private static IEnumerable<TextFragment> Row(double top, params string[] cells) =>
        cells.Select((text, c) => (text, c)).Where(p => p.text.Length > 0).Select(p => Word(p.text, Lefts[p.c], top));

    private static List<TextFragment> Prose(double top, int lines) =>
        Enumerable.Range(0, lines).Select(i => Word(new string('文', 50), 60, top + 14 * i)).ToList();

    private static IReadOnlyList<BuiltTable> Build(List<TextFragment> words, AlignedGridBuilder? builder = null, int page = 1) =>
        (builder ?? new AlignedGridBuilder()).BuildBorderless(page, words, new HashSet<int>());

    [Fact]
    public void A_padded_table_between_prose_is_read_alone_with_its_rows()
    {
        var words = Prose(40, 3);
        words.Add(Word("表1收支情况", 200, 100));
        words.AddRange(Row(120, "项目", "年初预算数", "全年预算数", "执行数", "执行率"));
        words.AddRange(Row(138, "基本支出", "3201.38", "3284.95", "3221.22", "98.06%"));
        words.AddRange(Row(156, "项目支出", "4636.17", "5150.02", "4602.57", "89.37%"));
        words.AddRange(Row(174, "合计", "7837.54", "8434.97", "7823.80", "92.75%"));
        words.Add(Word("注：执行率=执行数÷预算数", 60, 200));
        words.AddRange(Prose(220, 2));

        var table = Assert.Single(Build(words)).Table;

        Assert.Equal((4, 5), (table.RowCount, table.ColumnCount));
        Assert.Equal("项目", table.CellAt(0, 0)?.Text);
        Assert.Equal("92.75%", table.CellAt(3, 4)?.Text);
        Assert.DoesNotContain(table.Cells, c => c.Text.StartsWith("注", StringComparison.Ordinal) || c.Text.StartsWith("表1", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_column_prose_stays_text()
    {
        var words = new List<TextFragment>();
        for (var i = 0; i < 8; i++)
        {
            words.Add(Word("左栏正文第" + i + "行内容较长的一段文字", 60, 100 + 14 * i));
            words.Add(Word("右栏正文第" + i + "行内容较长的一段文字", 300, 100 + 14 * i));
        }

        Assert.Empty(Build(words));
    }

    [Fact]
    public void A_numbered_list_stays_text()
    {
        var words = Enumerable.Range(1, 6).SelectMany(i => new[] { Word(i + ".", 60, 100 + 14 * i), Word("加强预算执行监控第" + i + "项", 80, 100 + 14 * i) }).ToList();

        Assert.Empty(Build(words));
    }

    [Fact]
    public void A_cover_page_stays_text()
    {
        List<TextFragment> words =
        [
            Word("部门整体支出绩效自评报告", 180, 200),
            Word("单位名称：", 150, 400), Word("望海区市场监督管理局", 260, 400),
            Word("填报日期：", 150, 420), Word("二〇二四年三月", 260, 420),
            Word("联系人：", 150, 440), Word("张三", 260, 440),
            Word("联系电话：", 150, 460), Word("0755-1234567", 260, 460),
        ];

        Assert.Empty(Build(words));
    }

    [Fact]
    public void A_table_continued_at_the_next_page_top_keeps_the_columns_of_the_page_before()
    {
        var builder = new AlignedGridBuilder();
        var first = new List<TextFragment>();
        first.AddRange(Row(700, "指标", "名称", "分值", "得分", "说明"));
        first.AddRange(Row(718, "A1", "资金执行率", "10", "9.28", "完成"));
        first.AddRange(Row(736, "A2", "结余控制", "12.5", "12.50", "完成"));
        first.AddRange(Row(754, "A3", "采购执行率", "9", "9", "完成"));
        var before = Assert.Single(Build(first, builder)).Table;

        // The next page's rows leave the notes column empty.
        var second = new List<TextFragment>();
        second.AddRange(Row(40, "B1", "资产管理", "6", "5", ""));
        second.AddRange(Row(58, "B2", "预算公开", "3", "3", ""));
        second.AddRange(Row(76, "合计", "", "100", "94.81", ""));
        var after = Assert.Single(Build(second, builder, page: 2)).Table;

        Assert.Equal(before.ColumnCount, after.ColumnCount);
        Assert.True(after.ContinuesPrevious);
        Assert.Equal("94.81", after.CellAt(2, 3)?.Text);
    }

    [Fact]
    public void A_lone_grade_row_at_the_next_page_top_is_the_tables_rest_and_prose_there_is_not()
    {
        var first = new List<TextFragment>();
        first.AddRange(Row(700, "指标", "名称", "分值", "得分", "说明"));
        first.AddRange(Row(718, "A1", "资金执行率", "10", "9.28", "完成"));
        first.AddRange(Row(736, "A2", "结余控制", "12.5", "12.50", "完成"));
        first.AddRange(Row(754, "合计", "", "100", "94.81", ""));
        var builder = new AlignedGridBuilder();
        Assert.Single(Build(first, builder));

        // The break left the 评价等级 row alone at the top of the next page; its label reaches over the name column.
        var second = new List<TextFragment> { Word("评价等级", 60, 40), Word("优", 330, 40) };
        second.AddRange(Prose(80, 2));
        var rest = Assert.Single(Build(second, builder, page: 2)).Table;
        Assert.True(rest.ContinuesPrevious);
        Assert.Equal((1, 5), (rest.RowCount, rest.ColumnCount));
        Assert.Equal("优", rest.CellAt(0, 3)?.Text);

        // Prose opening the next page is no rest.
        Assert.Single(Build(first, builder));
        Assert.Empty(Build(Prose(40, 3), builder, page: 2));
    }

    [Fact]
    public void A_continued_part_of_one_row_and_its_total_is_read_on_the_columns_of_the_page_before()
    {
        // A verification table printed without borders by Chromium (generated seed 7121): 评价指标 / 具体指标 / 分值 /
        // 评分细则 / 自评得分 / 核查得分 / 核查说明, run to the foot of page 1.
        double[] lefts = [64, 105, 158, 185, 394, 434, 473];
        TextFragment At(string text, int column, double top, double? right = null) =>
            new(text, new BoundingBox(lefts[column], top, right ?? lefts[column] + text.Sum(ch => ch < 128 ? 5 : 9), top + 9));
        var builder = new AlignedGridBuilder();
        var first = new List<TextFragment>
        {
            At("评价指标", 0, 660), At("具体指标", 1, 660), At("分值", 2, 660), At("评分细则", 3, 660), At("自评得分", 4, 660), At("核查得分", 5, 660), At("核查说明", 6, 660),
            At("完成及时率", 1, 696), At("17", 2, 696), At("得分=完成及时率×17分", 3, 696, 281), At("17.00", 4, 696), At("17.00", 5, 696), At("实际100.00%", 6, 696, 540),
            At("履职效益", 0, 727), At("社会效益", 1, 727), At("11", 2, 727), At("酌情评分", 3, 727), At("11.00", 4, 727), At("10.50", 5, 727), At("存在不足", 6, 727),
            At("重点工作", 1, 745), At("3", 2, 745), At("得分=重点工作完成率×3分", 3, 745, 294), At("2.61", 4, 745), At("2.61", 5, 745), At("实际86.86%", 6, 745, 541),
        };
        Assert.Single(Build(first, builder));

        // Page 2: the last indicator (name, criterion and note wrapped, the numbers centred) and the 总计 row; two numbers
        // a column, and the page's first line holds the criterion alone, so these are no stranded rows either.
        var second = new List<TextFragment>
        {
            At("服务对象满意度≥95%得13分；90%（含）-95%", 3, 31, 379),
            At("服务对象", 1, 38, 141), At("核查服务对象满意", 6, 38, 545),
            At("13", 2, 44, 167), At("得10.40分；80%（含）-90%得7.80分；80%以", 3, 44, 374), At("8.30", 4, 44, 412), At("7.80", 5, 44, 452),
            At("满意度", 1, 51, 132), At("度为85.43%", 6, 51, 523),
            At("下得5.20分", 3, 57, 230),
            At("总计", 0, 75, 82), At("100", 2, 75, 172), At("86.64", 4, 75, 417), At("85.64", 5, 75, 457),
        };
        second.Add(new TextFragment("三、核查结论", new BoundingBox(58, 98, 130, 107)));
        second.AddRange(Prose(129, 2));

        var rest = Assert.Single(Build(second, builder, page: 2)).Table;

        Assert.True(rest.ContinuesPrevious);
        Assert.Equal((2, 7), (rest.RowCount, rest.ColumnCount));
        Assert.Equal(("服务对象满意度", "13", "8.30", "7.80"), (rest.CellAt(0, 1)?.Text, rest.CellAt(0, 2)?.Text, rest.CellAt(0, 4)?.Text, rest.CellAt(0, 5)?.Text));
        Assert.Equal(("总计", "100", "85.64"), (rest.CellAt(1, 0)?.Text, rest.CellAt(1, 2)?.Text, rest.CellAt(1, 5)?.Text));

        // Without a table before it, two numbers a column are no table.
        Assert.Empty(Build(second));
    }

    [Fact]
    public void Amounts_with_thousands_separators_anchor_the_rows_of_an_evenly_spaced_three_line_table()
    {
        // A 决算 table printed with three rules and no padding: the 合计 row has no subject code, only amounts such as
        // 73,186,374.61 (before, only the codes counted as numbers and 合计 joined the row of 201).
        double[] lefts = [60, 130, 260, 380];
        TextFragment Cell(string text, int column, double top) => new(text, new BoundingBox(lefts[column], top, lefts[column] + 5 * text.Length, top + 9));
        var words = new List<TextFragment> { Cell("科目编码", 0, 100), Cell("科目名称", 1, 100), Cell("年初预算数", 2, 100), Cell("决算数", 3, 100) };
        string[][] rows =
        [
            ["合计", "", "73,186,374.61", "65,946,264.31"],
            ["201", "一般公共服务支出", "21,976,501.36", "20,756,311.13"],
            ["20101", "人大事务", "10,034,925.76", "10,018,070.74"],
            ["2010101", "行政运行", "3,145,795.91", "2,869,909.61"],
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            words.AddRange(rows[r].Select((text, c) => (text, c)).Where(p => p.text.Length > 0).Select(p => Cell(p.text, p.c, 117 + (17 * r))));
        }

        RulingSegment[] rules = [RulingSegment.Horizontal(96, 55, 460), RulingSegment.Horizontal(113, 55, 460), RulingSegment.Horizontal(185, 55, 460)];
        var table = Assert.Single(new AlignedGridBuilder().Build(1, rules, words, new HashSet<int>())).Table;

        Assert.Equal(5, table.RowCount);
        Assert.Equal("合计", table.CellAt(1, 0)?.Text);
        Assert.Equal("73,186,374.61", table.CellAt(1, 2)?.Text);
        Assert.Equal("201", table.CellAt(2, 0)?.Text);
    }

    [Fact]
    public void A_row_of_cells_spanning_columns_under_a_funds_block_stays_with_it_and_the_indicator_block_below_is_read()
    {
        // The national form printed without borders: a funds block, its 年度总体目标 row whose two texts start at the
        // block's columns and cross their gaps, then the indicator block on columns of its own, one line per row.
        var words = new List<TextFragment>();
        words.AddRange(Row(100, "项目名称", "某工程", "", "", ""));
        words.AddRange(Row(118, "", "年初预算数", "全年预算数", "全年执行数", "得分"));
        words.AddRange(Row(136, "合计", "586.12", "614.21", "578.09", "9.41"));
        words.AddRange(Row(154, "其中", "586.12", "614.21", "578.09", "—"));
        words.AddRange(Row(172, "其他", "0.00", "0.00", "0.00", "—"));
        words.AddRange(Row(190, "", "预期目标", "", "实际完成情况", ""));
        words.AddRange([Word("年度总体目标", 60, 208), Word("完成年度建设任务提升公共服务水平", 130, 208), Word("已按计划完成年度任务", 330, 208)]);
        double[] lefts = [60, 110, 170, 230, 296, 370, 420];
        IEnumerable<TextFragment> IndicatorRow(double top, params string[] cells) =>
            cells.Select((text, c) => (text, c)).Where(p => p.text.Length > 0).Select(p => Word(p.text, lefts[p.c], top));
        words.AddRange(IndicatorRow(226, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"));
        words.AddRange(IndicatorRow(244, "", "数量指标", "培训人次", "≥3269", "3585", "30", "30"));
        words.AddRange(IndicatorRow(262, "产出指标", "质量指标", "验收合格率", "≥98%", "98.11%", "13", "6.50"));
        words.AddRange(IndicatorRow(280, "", "时效指标", "按期完成率", "≥95%", "95.53%", "7", "7"));
        words.AddRange(IndicatorRow(298, "总分", "", "", "", "", "100", "96.89"));

        var tables = Build(words).Select(t => t.Table).ToList();

        Assert.Equal(2, tables.Count);
        Assert.Contains(tables[0].Cells, c => c.Text == "年度总体目标");
        Assert.Contains(tables[0].Cells, c => c.Text == "已按计划完成年度任务");
        var indicators = tables[1];
        Assert.Equal((5, 7), (indicators.RowCount, indicators.ColumnCount));
        var row = indicators.Cells.Single(c => c.Text == "验收合格率").Row;
        Assert.Equal(("13", "6.50"), (indicators.CellAt(row, 5)?.Text, indicators.CellAt(row, 6)?.Text));
        Assert.Equal("100", indicators.CellAt(indicators.Cells.Single(c => c.Text == "总分").Row, 5)?.Text);
    }
}
