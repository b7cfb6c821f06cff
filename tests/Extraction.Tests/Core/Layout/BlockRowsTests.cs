using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Tests.Core.Layout;

/// <summary>Rows of a rule-less table body found column by column (BlockRows): centred labels spanning the rows they are
/// centred in, top-aligned labels staying in their row, multi-line cells kept whole, header rows of their own, and no
/// answer where the spacing shows no cell padding.</summary>
public sealed class BlockRowsTests
{
    private static readonly (double Left, double Right)[] Columns = [(50, 90), (100, 180), (200, 215), (230, 330), (340, 360)];

    private static TextFragment Word(string text, int column, double top) =>
        new(text, new BoundingBox(Columns[column].Left, top, Columns[column].Left + Math.Min(40, 9 * text.Length), top + 9));

    /// <summary>A header line, then three rows (padding 3 pt above and below each, lines 11 pt apart inside a cell): the
    /// first with a criterion over two lines, the others one line; numbers centred in the first row.</summary>
    private static List<TextFragment> Body(double labelTop)
    {
        return
        [
            Word("一级", 0, 80), Word("指标", 1, 80), Word("分值", 2, 80), Word("评分标准", 3, 80), Word("得分", 4, 80),
            Word("资金执行率", 1, 105.5), Word("10", 2, 105.5), Word("按执行率", 3, 100), Word("计分", 3, 111), Word("9.28", 4, 105.5),
            Word("结余控制", 1, 126), Word("5", 2, 126), Word("视情况", 3, 126), Word("5", 4, 126),
            Word("采购执行率", 1, 141), Word("9", 2, 141), Word("视情况", 3, 141), Word("8", 4, 141),
            Word("预算执行", 0, labelTop),
        ];
    }

    private static (int Rows, List<BlockRows.Placed> Cells) Build(List<TextFragment> words) =>
        BlockRows.Build(Enumerable.Range(0, words.Count).ToList(), Columns, words) ?? throw new InvalidOperationException("no rows");

    private static string Text(List<TextFragment> words, BlockRows.Placed cell) => string.Concat(cell.Words.Select(w => words[w].Text));

    [Fact]
    public void A_label_centred_over_three_rows_spans_them_from_the_first()
    {
        // Rows reach from 97 to 153 with their padding: the label's centre is 125.
        var words = Body(120.5);

        var (rows, cells) = Build(words);

        Assert.Equal(4, rows);
        var label = Assert.Single(cells, c => Text(words, c) == "预算执行");
        Assert.Equal((1, 0, 3), (label.Row, label.Column, label.RowSpan));
        var criterion = Assert.Single(cells, c => c.Column == 3 && c.Row == 1);
        Assert.Equal("按执行率计分", Text(words, criterion));
        Assert.Equal("9.28", Text(words, Assert.Single(cells, c => c.Column == 4 && c.Row == 1)));
        Assert.Equal("采购执行率", Text(words, Assert.Single(cells, c => c.Column == 1 && c.Row == 3)));
    }

    [Fact]
    public void A_top_aligned_label_stays_in_its_row()
    {
        var words = Body(100).Select(w => w.Text is "10" or "9.28" || (w.Text == "资金执行率") ? w with { Box = w.Box with { Top = 100, Bottom = 109 } } : w).ToList();

        var (rows, cells) = Build(words);

        Assert.Equal(4, rows);
        var label = Assert.Single(cells, c => Text(words, c) == "预算执行");
        Assert.Equal((1, 1), (label.Row, label.RowSpan));
    }

    [Fact]
    public void A_three_line_label_centred_over_two_rows_two_lines_apart_spans_them()
    {
        // Rows 25.5 pt apart, the label's lines 12.75 pt apart: its first and last lines sit level with the two rows'
        // numbers (a Chromium print of a borderless table: 采购 / 与资 / 产 beside 政府采购执行 and 资产管理). The gap
        // before the next row, with no line across its middle, shows the padding.
        List<TextFragment> words =
        [
            Word("采购", 0, 102), Word("与资", 0, 114.75), Word("产", 0, 127.5),
            Word("政府采购执行", 1, 105), Word("5", 2, 105), Word("按执行率", 3, 105), Word("4.62", 4, 105),
            Word("资产管理", 1, 130.5), Word("9", 2, 130.5), Word("视情况", 3, 130.5), Word("9.00", 4, 130.5),
            Word("小计", 0, 156), Word("14", 2, 156), Word("13.62", 4, 156),
        ];

        var (rows, cells) = Build(words);

        Assert.Equal(3, rows);
        var label = Assert.Single(cells, c => Text(words, c) == "采购与资产");
        Assert.Equal((0, 2), (label.Row, label.RowSpan));
    }

    private static readonly (double Left, double Right)[] FormColumns = [(50, 90), (100, 160), (170, 230), (240, 260), (270, 290)];

    private static TextFragment FormWord(string text, int column, double top) =>
        new(text, new BoundingBox(FormColumns[column].Left, top, FormColumns[column].Left + Math.Min(FormColumns[column].Right - FormColumns[column].Left, 9 * text.Length), top + 9));

    /// <summary>二级 / 三级 / 年度指标值 / 分值 / 得分 with every cell centred: a header, then four rows, the second taller than
    /// the first (its 年度指标值 wraps over two lines); a 二级 name at <paramref name="nameTop"/> and names of their own in
    /// rows 3 and 4.</summary>
    private static List<TextFragment> Levels(double nameTop) =>
    [
        FormWord("二级指标", 0, 80), FormWord("三级指标", 1, 80), FormWord("年度指标值", 2, 80), FormWord("分值", 3, 80), FormWord("得分", 4, 80),
        FormWord("培训人次", 1, 100), FormWord("≥1370人次", 2, 100), FormWord("10", 3, 100), FormWord("9", 4, 100),
        FormWord("改造面积", 1, 120.5), FormWord("≥5778平方", 2, 115), FormWord("米", 2, 126), FormWord("5", 3, 120.5), FormWord("4.5", 4, 120.5),
        FormWord("质量指标", 0, 141), FormWord("设备完好率", 1, 141), FormWord("≥98%", 2, 141), FormWord("6", 3, 141), FormWord("6", 4, 141),
        FormWord("时效指标", 0, 156), FormWord("按期完成率", 1, 156), FormWord("≥95%", 2, 156), FormWord("4", 3, 156), FormWord("4", 4, 156),
        FormWord("数量指标", 0, nameTop),
    ];

    private static (int Rows, List<BlockRows.Placed> Cells) BuildForm(List<TextFragment> words) =>
        BlockRows.Build(Enumerable.Range(0, words.Count).ToList(), FormColumns, words) ?? throw new InvalidOperationException("no rows");

    [Fact]
    public void A_name_centred_over_a_short_row_and_a_tall_one_spans_both()
    {
        // Rows 1 and 2 reach from 94.5 to 138: a name centred over both (116.25) touches only the taller second row. Its
        // column has a name on most rows, so it is no label column, and still the name spans the first row too.
        var words = Levels(111.75);

        var (rows, cells) = BuildForm(words);

        Assert.Equal(5, rows);
        var name = Assert.Single(cells, c => Text(words, c) == "数量指标");
        Assert.Equal((1, 0, 2), (name.Row, name.Column, name.RowSpan));
        Assert.Equal((3, 1), Assert.Single(cells, c => Text(words, c) == "质量指标") is var q ? (q.Row, q.RowSpan) : default);
    }

    [Fact]
    public void A_name_centred_in_its_own_row_leaves_the_row_above_it_empty()
    {
        // The same name centred in the second row alone (125): the first row has no 二级 name.
        var words = Levels(120.5);

        var (rows, cells) = BuildForm(words);

        Assert.Equal(5, rows);
        var name = Assert.Single(cells, c => Text(words, c) == "数量指标");
        Assert.Equal((2, 1), (name.Row, name.RowSpan));
        Assert.DoesNotContain(cells, c => c.Column == 0 && c.Row == 1 && c.Words.Count > 0);
    }

    [Fact]
    public void Even_spacing_without_padding_gives_no_rows()
    {
        // Every line 11 pt below the last: one cell's wrap and two rows look alike.
        List<TextFragment> words =
        [
            Word("资金执行率", 1, 100), Word("10", 2, 100), Word("按执行率", 3, 100), Word("9.28", 4, 100),
            Word("计分", 3, 111),
            Word("结余控制", 1, 122), Word("5", 2, 122), Word("视情况", 3, 122), Word("5", 4, 122),
        ];

        Assert.Null(BlockRows.Build(Enumerable.Range(0, words.Count).ToList(), Columns, words));
    }

    [Fact]
    public void A_subtotal_row_labelled_in_the_code_column_is_in_no_names_run()
    {
        // Code, name and criterion columns (a 小计 in the code column), then weight and score; two-line criteria with
        // the other cells centred. The name of the row after a 小计 stays in its row.
        (double Left, double Right)[] columns = [(50, 90), (100, 160), (170, 260), (270, 290), (300, 330)];
        TextFragment At(string text, int column, double top) =>
            new(text, new BoundingBox(columns[column].Left, top, columns[column].Left + Math.Min(columns[column].Right - columns[column].Left, 9 * text.Length), top + 9));
        IEnumerable<TextFragment> Indicator(string code, string name, string weight, string score, double top) =>
            [At(code, 0, top + 5.5), At(name, 1, top + 5.5), At("按完成率", 2, top), At("计分", 2, top + 11), At(weight, 3, top + 5.5), At(score, 4, top + 5.5)];
        IEnumerable<TextFragment> Summary(string label, string weight, string score, double top) =>
            [At(label, 0, top), At(weight, 3, top), At(score, 4, top)];
        List<TextFragment> words =
        [
            .. Indicator("A1", "甲指标", "5", "5.00", 100), .. Summary("小计", "5", "5.00", 128),
            .. Indicator("B1", "乙指标", "3", "2.00", 145), .. Indicator("B2", "丙指标", "2", "1.00", 173),
            .. Summary("小计", "5", "3.00", 201), .. Summary("合计", "10", "8.00", 218),
        ];

        var (rows, cells) = BlockRows.Build(Enumerable.Range(0, words.Count).ToList(), columns, words) ?? throw new InvalidOperationException("no rows");

        Assert.Equal(6, rows);
        var name = Assert.Single(cells, c => Text(words, c) == "乙指标");
        Assert.Equal((2, 1), (name.Row, name.RowSpan));
        Assert.Equal("小计", Text(words, Assert.Single(cells, c => c.Column == 0 && c.Row == 1)));
    }
}
