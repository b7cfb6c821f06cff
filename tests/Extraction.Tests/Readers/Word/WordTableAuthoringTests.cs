using Extraction.Model;
using Extraction.Word;
using static Extraction.Tests.Readers.DocxFiles;

namespace Extraction.Tests.Readers.Word;

/// <summary>Table features WPS, old converters and tracked changes write: legacy horizontal merges, rows
/// that start late or end early, deleted cells and rows, and a score table inside a layout table.</summary>
public sealed class WordTableAuthoringTests
{
    private const string HRestart = "<w:hMerge w:val=\"restart\"/>";
    private const string HContinue = "<w:hMerge/>";
    private const string VRestart = "<w:vMerge w:val=\"restart\"/>";
    private const string VContinue = "<w:vMerge/>";

    private readonly WordReader _reader = new();

    [Fact]
    public void Legacy_horizontal_merges_give_the_same_grid_as_grid_spans()
    {
        var legacy = Table(4,
            Row(Cell(P("评价指标"), HRestart), Cell(P(string.Empty), HContinue), Cell(P("分值")), Cell(P("得分"))),
            Row(Cell(P("一级"), HRestart + VRestart), Cell(P(string.Empty), HContinue + VRestart), Cell(P("10")), Cell(P("9"))),
            Row(Cell(P(string.Empty), HRestart + VContinue), Cell(P(string.Empty), HContinue + VContinue), Cell(P("5")), Cell(P("5"))),
            Row(Cell(P("合计"), HRestart), Cell(P(string.Empty), HContinue), Cell(P(string.Empty), HContinue), Cell(P("14"))));
        var modern = Table(4,
            Row(Cell(P("评价指标"), "<w:gridSpan w:val=\"2\"/>"), Cell(P("分值")), Cell(P("得分"))),
            Row(Cell(P("一级"), "<w:gridSpan w:val=\"2\"/>" + VRestart), Cell(P("10")), Cell(P("9"))),
            Row(Cell(P(string.Empty), "<w:gridSpan w:val=\"2\"/>" + VContinue), Cell(P("5")), Cell(P("5"))),
            Row(Cell(P("合计"), "<w:gridSpan w:val=\"3\"/>"), Cell(P("14"))));

        var fromLegacy = Grid(ReadTable(legacy));
        Assert.Equal(Grid(ReadTable(modern)), fromLegacy);
        Assert.Contains((1, 0, 2, 2, "一级"), fromLegacy);
        Assert.Contains((3, 0, 1, 3, "合计"), fromLegacy);
    }

    [Fact]
    public void Horizontal_restart_alone_or_without_a_cell_on_its_left_is_an_ordinary_cell()
    {
        // A continuation that opens a row has nothing to join: it stays a cell of its own.
        var table = ReadTable(Table(3,
            Row(Cell(P("a"), HRestart), Cell(P("b")), Cell(P("c"))),
            Row(Cell(P("d"), HContinue), Cell(P("e"), HRestart), Cell(P("f"), HContinue))));

        Assert.Equal(
            [(0, 0, 1, 1, "a"), (0, 1, 1, 1, "b"), (0, 2, 1, 1, "c"), (1, 0, 1, 1, "d"), (1, 1, 1, 2, "e\nf")],
            Grid(table));
    }

    [Fact]
    public void Rows_that_start_late_or_end_early_keep_their_columns()
    {
        var table = ReadTable(Table(4,
            Row(Cell(P("序号")), Cell(P("指标")), Cell(P("分值")), Cell(P("得分"))),
            "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/><w:wBefore w:w=\"1000\" w:type=\"dxa\"/></w:trPr>" + Cell(P("指标A")) + Cell(P("10")) + Cell(P("8")) + "</w:tr>",
            "<w:tr><w:trPr><w:gridAfter w:val=\"2\"/><w:wAfter w:w=\"2000\" w:type=\"dxa\"/></w:trPr>" + Cell(P("1")) + Cell(P("指标B")) + "</w:tr>"));

        Assert.Equal(("指标A", "10", "8"), (table.CellAt(1, 1)!.Text, table.CellAt(1, 2)!.Text, table.CellAt(1, 3)!.Text));
        Assert.Null(table.CellAt(1, 0));
        Assert.Equal("指标B", table.CellAt(2, 1)!.Text);
        Assert.Null(table.CellAt(2, 3));
        Assert.Equal(4, table.ColumnCount);
    }

    [Fact]
    public void A_grid_narrower_than_its_rows_does_not_cut_their_spans()
    {
        // One w:gridCol for a three-column table: the header's span stays 3; with a true grid an absurd span is cut.
        var narrow = "<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid>"
            + Row(Cell(P("评价指标"), "<w:gridSpan w:val=\"3\"/>")) + Row(Cell(P("产出")), Cell(P("10")), Cell(P("9"))) + "</w:tbl>";
        var table = ReadTable(narrow);

        Assert.Equal((3, 3), (table.CellAt(0, 0)!.ColumnSpan, table.ColumnCount));
        Assert.Equal("9", table.CellAt(1, 2)!.Text);
        Assert.Equal(3, ReadTable(Table(3, Row(Cell(P("x"), "<w:gridSpan w:val=\"50\"/>")), Row(Cell(P("a")), Cell(P("b")), Cell(P("c"))))).ColumnCount);
    }

    [Fact]
    public void Cells_and_rows_deleted_with_tracked_changes_are_not_read_and_inserted_ones_are()
    {
        const string deletedCell = "<w:cellDel w:id=\"1\" w:author=\"a\" w:date=\"2021-01-01T00:00:00Z\"/>";
        const string insertedCell = "<w:cellIns w:id=\"2\" w:author=\"a\" w:date=\"2021-01-01T00:00:00Z\"/>";
        var table = ReadTable(Table(3,
            Row(Cell(P("指标")), Cell(P("分值")), Cell(P("得分"))),
            Row(Cell(P("指标A")), Cell(P("旧分值99"), deletedCell), Cell(P("10")), Cell(P("8"))),
            "<w:tr><w:trPr><w:del w:id=\"3\" w:author=\"a\" w:date=\"2021-01-01T00:00:00Z\"/></w:trPr>" + Cell(P("删除的行")) + Cell(P("5")) + Cell(P("5")) + "</w:tr>",
            "<w:tr><w:trPr><w:ins w:id=\"4\" w:author=\"a\" w:date=\"2021-01-01T00:00:00Z\"/></w:trPr>" + Cell(P("指标B")) + Cell(P("6")) + Cell(P("4"), insertedCell) + "</w:tr>"));

        Assert.Equal(3, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["指标A", "10", "8"], RowTexts(table, 1));
        Assert.Equal(["指标B", "6", "4"], RowTexts(table, 2));
        Assert.DoesNotContain(table.Cells, c => c.Text.Contains("99", StringComparison.Ordinal) || c.Text.Contains("删除", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_table_inside_a_layout_cell_is_its_own_table_with_its_merges()
    {
        var score = Table(3,
            Row(Cell(P("一级指标")), Cell(P("分值")), Cell(P("得分"))),
            Row(Cell(P("产出"), VRestart), Cell(P("20")), Cell(P("18"))),
            Row(Cell(P(string.Empty), VContinue), Cell(P("10")), Cell(P("9"))));
        var layout = Table(2, Row(Cell(P("附表")), Cell(P("评分表如下") + score + P(string.Empty)))) + P("正文继续");
        using var file = WithBody(layout);
        var blocks = ReaderFiles.Read(_reader, file.Source).Blocks.ToList();

        var outer = Assert.IsType<Table>(blocks[0]);
        var inner = Assert.IsType<Table>(blocks[1]);
        Assert.Equal("正文继续", Assert.IsType<Paragraph>(blocks[2]).Text);
        Assert.Equal((3, 3), (inner.RowCount, inner.ColumnCount));
        Assert.Equal(("产出", 2), (inner.CellAt(2, 0)!.Text, inner.CellAt(2, 0)!.RowSpan));
        Assert.Equal("9", inner.CellAt(2, 2)!.Text);
        // The layout cell keeps the nested text one row a line, after its own paragraph.
        Assert.Equal("评分表如下\n一级指标 分值 得分\n产出 20 18\n10 9", outer.CellAt(0, 1)!.Text);
    }

    private Table ReadTable(string body)
    {
        using var file = WithBody(body);
        return ReaderFiles.Read(_reader, file.Source).Tables.Single();
    }

    private static List<(int Row, int Column, int RowSpan, int ColumnSpan, string Text)> Grid(Table table) =>
        [.. table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column).Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text))];

    private static List<string> RowTexts(Table table, int row) =>
        [.. table.Cells.Where(c => c.Row == row).OrderBy(c => c.Column).Select(c => c.Text)];
}
