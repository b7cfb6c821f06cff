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
