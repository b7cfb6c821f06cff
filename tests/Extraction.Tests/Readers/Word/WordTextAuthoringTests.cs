using Extraction.Word;
using static Extraction.Tests.Readers.DocxFiles;

namespace Extraction.Tests.Readers.Word;

/// <summary>Run and paragraph features of real reports: deleted and hidden paragraph marks, text hidden by
/// styles, symbols and special characters, fields, alternate content and ruby.</summary>
public sealed class WordTextAuthoringTests
{
    private const string Deleted = "<w:del w:id=\"1\" w:author=\"a\" w:date=\"2021-01-01T00:00:00Z\"/>";

    private readonly WordReader _reader = new();

    [Fact]
    public void A_deleted_paragraph_mark_joins_the_paragraph_with_the_next()
    {
        var body = P("项目支出执行率", $"<w:rPr>{Deleted}</w:rPr>") + "<w:bookmarkEnd w:id=\"0\"/>" + P("为95.5%。")
            + P("标记插入", "<w:rPr><w:ins w:id=\"2\" w:author=\"a\" w:date=\"2021-01-01T00:00:00Z\"/></w:rPr>") + P("各自成段")
            + P("隐藏段落标记", "<w:rPr><w:vanish/></w:rPr>") + P("与下段相连")
            + P("表前", $"<w:rPr>{Deleted}</w:rPr>") + Table(1, Row(Cell(P("格")))) + P("表后");

        Assert.Equal(["项目支出执行率为95.5%。", "标记插入", "各自成段", "隐藏段落标记与下段相连", "表前", "表后"], Paragraphs(body));
    }

    [Fact]
    public void A_deleted_paragraph_mark_in_a_cell_joins_the_cell_lines()
    {
        var body = Table(2, Row(Cell(P("8", $"<w:rPr>{Deleted}</w:rPr>") + P(".5")), Cell(P("第一行") + P("第二行"))));
        using var file = WithBody(body);
        var table = ReaderFiles.Read(_reader, file.Source).Tables.Single();

        Assert.Equal("8.5", table.CellAt(0, 0)!.Text);
        Assert.Equal("第一行\n第二行", table.CellAt(0, 1)!.Text);
    }

    [Fact]
    public void A_numbered_paragraph_joined_to_the_next_takes_one_label()
    {
        var numbering = AbstractNum(1, Level(0, "decimal", "%1.")) + Num(1, 1);
        var body = P("第一段", $"<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr>{Deleted}</w:rPr>")
            + Item("并入", 1) + Item("第二项", 1);
        using var file = WithBody(body, numberingXml: numbering);

        Assert.Equal(["1. 第一段并入", "2. 第二项"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Text_hidden_by_paragraph_or_character_styles_is_not_read()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:name w:val=\"批注说明\"/><w:rPr><w:vanish/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"NoteChild\"><w:name w:val=\"继承\"/><w:basedOn w:val=\"Note\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Shown\"><w:name w:val=\"显示\"/><w:basedOn w:val=\"Note\"/><w:rPr><w:vanish w:val=\"0\"/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"HiddenChar\"><w:name w:val=\"隐藏字符\"/><w:rPr><w:vanish/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"HiddenChild\"><w:name w:val=\"隐藏子\"/><w:basedOn w:val=\"HiddenChar\"/></w:style>";
        var body = P("隐藏的说明98", "<w:pStyle w:val=\"Note\"/>")
            + P("继承隐藏97", "<w:pStyle w:val=\"NoteChild\"/>")
            + P("重新显示", "<w:pStyle w:val=\"Shown\"/>")
            + "<w:p><w:pPr><w:pStyle w:val=\"Note\"/></w:pPr><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>直接显示</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>得分</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"HiddenChild\"/></w:rPr><w:t>96</w:t></w:r>"
            + "<w:r><w:rPr><w:rStyle w:val=\"HiddenChar\"/><w:vanish w:val=\"false\"/></w:rPr><w:t>8</w:t></w:r></w:p>";
        using var file = WithBody(body, styles);

        Assert.Equal(["重新显示", "直接显示", "得分8"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Symbols_and_special_characters_inside_runs_read_as_shown()
    {
        var body = "<w:p><w:r><w:t>执行率</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B3\"/><w:t>90%</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>3</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B4\"/><w:t>4</w:t><w:sym w:font=\"宋体\" w:char=\"00F7\"/><w:t>2</w:t></w:r></w:p>"
            + "<w:p><w:r><w:sym w:font=\"Wingdings 2\" w:char=\"F052\"/><w:t>是</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/><w:t>否</w:t>"
            + "<w:sym w:font=\"Webdings\" w:char=\"F021\"/><w:sym w:font=\"Symbol\" w:char=\"zz\"/></w:r></w:p>"
            + "<w:p><w:r><w:t>1</w:t><w:softHyphen/><w:t>2.5</w:t><w:noBreakHyphen/><w:t>分</w:t><w:tab/><w:t>备注</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>";

        Assert.Equal(["执行率≥90%", "3×4÷2", "☑是□否", "12.5-分 备注", "下一行"], Paragraphs(body));
    }

    [Fact]
    public void Private_use_glyphs_typed_in_a_symbol_font_are_mapped_and_elsewhere_dropped()
    {
        var body = "<w:p><w:r><w:t>完成率</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr><w:t>\uF0B3</w:t></w:r>"
            + "<w:r><w:t>95%\uF0B7</w:t></w:r></w:p>";

        Assert.Equal(["完成率≥95%"], Paragraphs(body));
    }

    [Fact]
    public void An_auto_numbered_cell_without_text_shows_its_number()
    {
        var numbering = AbstractNum(1, Level(0, "decimal", "%1.")) + Num(1, 1);
        var body = Table(2,
            Row(Cell(P("序号")), Cell(P("指标"))),
            Row(Cell(Item(string.Empty, 1)), Cell(P("预算执行率"))),
            Row(Cell(Item(string.Empty, 1)), Cell(P("资金使用合规性"))));
        using var file = WithBody(body, numberingXml: numbering);
        var table = ReaderFiles.Read(_reader, file.Source).Tables.Single();

        Assert.Equal(["1.", "2."], [table.CellAt(1, 0)!.Text, table.CellAt(2, 0)!.Text]);
    }

    [Theory]
    [InlineData("Symbol", "F02D", "−")]
    [InlineData("Symbol", "2D", "−")]
    [InlineData("Symbol", "F0A3", "≤")]
    [InlineData("Symbol", "F0B1", "±")]
    [InlineData("Symbol", "F061", "α")]
    [InlineData("Symbol", "F035", "5")]
    [InlineData("Wingdings", "F0FE", "☑")]
    [InlineData("Wingdings", "F0FC", "✓")]
    [InlineData("Wingdings", "F06C", "")]
    [InlineData("Arial", "00B0", "°")]
    [InlineData("Arial", "F0B0", "")]
    [InlineData("Symbol", "D800", "")]
    [InlineData(null, "", "")]
    public void Symbol_characters_map_to_unicode_or_nothing(string? font, string hex, string expected) =>
        Assert.Equal(expected, SymbolChar.Of(font, hex));

    [Fact]
    public void Field_instructions_never_become_text_only_results_do()
    {
        static string Run(string inner) => $"<w:r>{inner}</w:r>";
        static string Char(string type) => Run($"<w:fldChar w:fldCharType=\"{type}\"/>");
        static string Instr(string text) => Run($"<w:instrText xml:space=\"preserve\">{text}</w:instrText>");
        static string T(string text) => Run($"<w:t xml:space=\"preserve\">{text}</w:t>");

        // PAGE \* MERGEFORMAT split over runs; a nested IF { PAGE } field; a formula field in a score cell;
        // a field whose result runs over two paragraphs; a field without a result.
        var body = $"<w:p>{T("第")}{Char("begin")}{Instr(" PAGE ")}{Instr("\\* MERGEFORMAT ")}{Char("separate")}{T("12")}{Char("end")}{T("页")}</w:p>"
            + $"<w:p>{Char("begin")}{Instr(" IF ")}{Char("begin")}{Instr(" PAGE ")}{Char("separate")}{T("2")}{Char("end")}{Instr(" = 1 \"首页\" \"续页\" ")}"
            + $"{Char("separate")}{T("续页")}{Char("end")}</w:p>"
            + Table(2, Row(Cell(P("合计")), Cell($"<w:p>{Char("begin")}{Instr(" =SUM(ABOVE) ")}{Char("separate")}{T("85.5")}{Char("end")}</w:p>")))
            + $"<w:p>{Char("begin")}{Instr(" TOC \\o \"1-3\" ")}{Char("separate")}{T("一、概况")}</w:p><w:p>{T("二、评价")}{Char("end")}</w:p>"
            + $"<w:p>{T("无结果")}{Char("begin")}{Instr(" XE \"索引\" ")}{Char("end")}</w:p>"
            + "<w:p><w:fldSimple w:instr=\" NUMPAGES \\* MERGEFORMAT \"><w:r><w:t>30</w:t></w:r></w:fldSimple></w:p>";
        using var file = WithBody(body);
        var document = ReaderFiles.Read(_reader, file.Source);

        Assert.Equal(["第12页", "续页", "一、概况", "二、评价", "无结果", "30"], document.Paragraphs.Select(p => p.Text));
        Assert.Equal("85.5", document.Tables.Single().CellAt(0, 1)!.Text);
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("MERGEFORMAT", StringComparison.Ordinal) || p.Text.Contains("PAGE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_that_never_ends_does_not_hide_the_rest_of_the_document()
    {
        var body = "<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<w:r><w:t>页</w:t></w:r></w:p>"
            + "<w:p><w:del w:id=\"1\" w:author=\"a\" w:date=\"2021-01-01T00:00:00Z\"><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:del></w:p>"
            + P("总分89.5分")
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>2021年3月</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        using var file = WithBody(body);
        var document = ReaderFiles.Read(_reader, file.Source);

        // The deleted end does not close the PAGE field; a well-formed field after it still shows only its result.
        Assert.Equal(["第页", "总分89.5分", "2021年3月"], document.Paragraphs.Select(p => p.Text));
        Assert.Contains(document.Problems, p => p.Message.Contains("never end", StringComparison.Ordinal));
    }

    [Fact]
    public void Math_keeps_the_operators_its_layout_implies()
    {
        const string math = "<m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">"
            + "<m:r><m:t>得分率=</m:t></m:r><m:f><m:num><m:r><m:t>85</m:t></m:r></m:num><m:den><m:r><m:t>90</m:t></m:r></m:den></m:f>"
            + "<m:r><m:t>×</m:t></m:r><m:d><m:e><m:r><m:t>1+2</m:t></m:r></m:e></m:d>"
            + "<m:d><m:dPr><m:begChr m:val=\"[\"/><m:sepChr m:val=\",\"/><m:endChr m:val=\"]\"/></m:dPr><m:e><m:r><m:t>3</m:t></m:r></m:e><m:e><m:r><m:t>4</m:t></m:r></m:e></m:d>"
            + "<m:sSup><m:e><m:r><m:t>10</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup>"
            + "<m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/><m:e><m:r><m:t>4</m:t></m:r></m:e></m:rad></m:oMath>";

        Assert.Equal(["得分率=85/90×(1+2)[3,4]10^2√4"], Paragraphs($"<w:p>{math}</w:p>"));
    }

    [Fact]
    public void Alternate_content_is_read_once_in_runs_cells_and_between_paragraphs()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>得分88</w:t></w:r></w:p></w:txbxContent>";
        var alternate = "<w:r><mc:AlternateContent>" +
            $"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        var body = Table(2, Row(Cell(P("评分")), Cell($"<w:p>{alternate}</w:p>")))
            + "<mc:AlternateContent><mc:Choice Requires=\"wps\">" + P("分数90") + "</mc:Choice><mc:Fallback>" + P("分数90") + "</mc:Fallback></mc:AlternateContent>"
            + "<w:p><w:r><w:t>总分</w:t></w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>95</w:t></w:r></mc:Choice>"
            + "<mc:Fallback><w:r><w:t>95</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>";
        using var file = WithBody(body);
        var document = ReaderFiles.Read(_reader, file.Source);

        Assert.Equal("得分88", document.Tables.Single().CellAt(0, 1)!.Text);
        Assert.Equal(["分数90", "总分95"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Ruby_guide_text_is_not_read()
    {
        var body = "<w:p><w:r><w:t>绩效</w:t></w:r><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>píng</w:t></w:r></w:rt>"
            + "<w:rubyBase><w:r><w:t>评</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t>价</w:t></w:r></w:p>";

        Assert.Equal(["绩效评价"], Paragraphs(body));
    }

    private List<string> Paragraphs(string body)
    {
        using var file = WithBody(body);
        return [.. ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text)];
    }
}
