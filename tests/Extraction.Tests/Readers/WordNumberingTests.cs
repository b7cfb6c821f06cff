using Extraction.Analysis.Figures;
using Extraction.Word;
using Extraction.Word.Numbering;
using static Extraction.Tests.Readers.DocxFiles;

namespace Extraction.Tests.Readers;

/// <summary>Word automatic numbering: list labels rendered into paragraph and cell text as Word shows them.</summary>
public sealed class WordNumberingTests
{
    private readonly WordReader _reader = new();

    /// <summary>一、 / （一） / 1. — the usual outline of a Chinese report.</summary>
    private static readonly string ReportOutline = AbstractNum(0,
        Level(0, "chineseCountingThousand", "%1、", extra: "<w:suff w:val=\"nothing\"/>"),
        Level(1, "chineseCountingThousand", "（%2）", extra: "<w:suff w:val=\"nothing\"/>"),
        Level(2, "decimal", "%3.", extra: "<w:suff w:val=\"nothing\"/>")) + Num(1, 0);

    private List<string> Texts(string body, string? styles = null, string? numbering = null)
    {
        using var file = WithBody(body, styles, numbering);
        return ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text).ToList();
    }

    [Fact]
    public void Report_outline_levels_count_and_restart_below_a_higher_level()
    {
        var body = Item("基本情况", 1) + Item("部门职能", 1, 1) + Item("人员情况", 1, 1) + Item("在编人数", 1, 2) + Item("实有人数", 1, 2)
            + Item("绩效自评情况", 1) + Item("自评结论", 1, 1) + Item("得分情况", 1, 2) + P("无编号");

        Assert.Equal(["一、基本情况", "（一）部门职能", "（二）人员情况", "1.在编人数", "2.实有人数", "二、绩效自评情况", "（一）自评结论", "1.得分情况", "无编号"],
            Texts(body, numbering: ReportOutline));
    }

    [Fact]
    public void Multi_level_text_shows_every_referenced_level_and_a_tab_suffix_becomes_a_space()
    {
        var numbering = AbstractNum(0, Level(0, "decimal", "%1."), Level(1, "decimal", "%1.%2."), Level(2, "decimal", "%1.%2.%3")) + Num(1, 0);
        var body = Item("决策", 1) + Item("目标", 1, 1) + Item("依据", 1, 2) + Item("程序", 1, 1) + Item("过程", 1) + Item("资金", 1, 1);

        Assert.Equal(["1. 决策", "1.1. 目标", "1.1.1 依据", "1.2. 程序", "2. 过程", "2.1. 资金"], Texts(body, numbering: numbering));
    }

    [Fact]
    public void A_level_that_never_restarts_keeps_counting_across_higher_levels()
    {
        var numbering = AbstractNum(0, Level(0, "decimal", "%1."), Level(1, "lowerLetter", "%2)", extra: "<w:lvlRestart w:val=\"0\"/>")) + Num(1, 0);
        var body = Item("甲", 1) + Item("a", 1, 1) + Item("乙", 1) + Item("b", 1, 1);

        Assert.Equal(["1. 甲", "a) a", "2. 乙", "b) b"], Texts(body, numbering: numbering));
    }

    [Fact]
    public void A_level_restarting_after_level_one_only_does_not_restart_after_level_two()
    {
        var numbering = AbstractNum(0,
            Level(0, "decimal", "%1."), Level(1, "decimal", "%1.%2"),
            Level(2, "lowerRoman", "(%3)", extra: "<w:lvlRestart w:val=\"1\"/>")) + Num(1, 0);
        var body = Item("一", 1) + Item("x", 1, 2) + Item("二", 1, 1) + Item("y", 1, 2) + Item("三", 1) + Item("z", 1, 2);

        Assert.Equal(["1. 一", "(i) x", "1.1 二", "(ii) y", "2. 三", "(i) z"], Texts(body, numbering: numbering));
    }

    [Fact]
    public void Legal_numbering_writes_higher_levels_in_decimal()
    {
        var numbering = AbstractNum(0, Level(0, "upperRoman", "%1"), Level(1, "decimal", "%1.%2", extra: "<w:isLgl/>"))
            + AbstractNum(1, Level(0, "upperRoman", "%1"), Level(1, "decimal", "%1.%2")) + Num(1, 0) + Num(2, 1);
        var body = Item("a", 1) + Item("b", 1) + Item("c", 1, 1) + Item("d", 2) + Item("e", 2, 1);

        Assert.Equal(["I a", "II b", "2.1 c", "I d", "I.1 e"], Texts(body, numbering: numbering));
    }

    [Fact]
    public void Instances_of_one_list_share_counters_and_a_start_override_restarts()
    {
        var numbering = AbstractNum(0, Level(0, "decimal", "%1.")) + Num(1, 0) + Num(2, 0)
            + Num(3, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>")
            + Num(4, 0, $"<w:lvlOverride w:ilvl=\"0\">{Level(0, "decimalEnclosedCircle", "%1", start: 1)}</w:lvlOverride>");
        var body = Item("a", 1) + Item("b", 1) + Item("c", 2) + Item("d", 3) + Item("e", 3) + Item("f", 1) + Item("g", 4);

        Assert.Equal(["1. a", "2. b", "3. c", "5. d", "6. e", "4. f", "⑤ g"], Texts(body, numbering: numbering));
    }

    [Fact]
    public void Numbering_comes_from_the_paragraph_style_through_based_on_and_num_id_zero_removes_it()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"ListBase\"><w:name w:val=\"List base\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Item\"><w:name w:val=\"Item\"/><w:basedOn w:val=\"ListBase\"/></w:style>";
        var body = Item("情况", 1) + P("继承编号", "<w:pStyle w:val=\"Item\"/>") + P("取消编号", "<w:pStyle w:val=\"Item\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>")
            + P("直接层级", "<w:pStyle w:val=\"Item\"/><w:numPr><w:ilvl w:val=\"2\"/></w:numPr>");

        Assert.Equal(["一、情况", "（一）继承编号", "取消编号", "1.直接层级"], Texts(body, styles, ReportOutline));
    }

    [Fact]
    public void Heading_styles_linked_to_list_levels_take_the_level_that_names_them()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"H1\"/></w:style>";
        var numbering = AbstractNum(0,
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"H1\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1、\"/></w:lvl>",
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:pStyle w:val=\"H2\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>") + Num(1, 0);
        using var file = WithBody(P("概况", "<w:pStyle w:val=\"H1\"/>") + P("职能", "<w:pStyle w:val=\"H2\"/>") + P("人员", "<w:pStyle w:val=\"H2\"/>"), styles, numbering);
        var paragraphs = ReaderFiles.Read(_reader, file.Source).Paragraphs.ToList();

        Assert.Equal(["一、概况", "（一）职能", "（二）人员"], paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2, 2], paragraphs.Select(p => p.HeadingLevel));
    }

    [Fact]
    public void A_numbering_style_link_leads_to_the_definition_that_holds_the_levels()
    {
        const string styles =
            "<w:style w:type=\"numbering\" w:styleId=\"ReportList\"><w:name w:val=\"Report list\"/><w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>";
        var numbering = "<w:abstractNum w:abstractNumId=\"3\"><w:numStyleLink w:val=\"ReportList\"/></w:abstractNum>"
            + $"<w:abstractNum w:abstractNumId=\"4\"><w:styleLink w:val=\"ReportList\"/>{Level(0, "ideographTraditional", "%1.", extra: "<w:suff w:val=\"nothing\"/>")}</w:abstractNum>"
            + Num(7, 4) + Num(8, 3);
        var body = Item("甲项", 8) + Item("乙项", 8) + Item("丙项", 7);

        // Both instances reach abstract 4, so they share its counters.
        Assert.Equal(["甲.甲项", "乙.乙项", "丙.丙项"], Texts(body, styles, numbering));
    }

    [Fact]
    public void Bullets_hidden_labels_and_none_formats_give_no_label_and_empty_items_still_count()
    {
        var numbering = AbstractNum(0, Level(0, "bullet", "\uF0B7")) + Num(1, 0)
            + AbstractNum(1, "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:rPr><w:vanish/></w:rPr></w:lvl>") + Num(2, 1)
            + AbstractNum(2, Level(0, "none", "%1")) + Num(3, 2)
            + AbstractNum(3, Level(0, "decimal", "%1.", extra: "<w:suff w:val=\"space\"/>")) + Num(4, 3);
        var body = Item("要点", 1) + Item("隐藏", 2) + Item("无格式", 3) + Item("第一", 4) + Item(string.Empty, 4) + Item("第三", 4);

        Assert.Equal(["要点", "隐藏", "无格式", "1. 第一", "3. 第三"], Texts(body, numbering: numbering));
    }

    [Fact]
    public void Table_cells_carry_their_list_labels()
    {
        var body = Table(2,
            Row(Cell(P("评分标准")), Cell(P("分值"))),
            Row(Cell(Item("目标明确（1分）", 1, 2) + Item("指标细化（1分）", 1, 2)), Cell(P("2"))));
        using var file = WithBody(body, numberingXml: ReportOutline);
        var table = ReaderFiles.Read(_reader, file.Source).Tables.Single();

        Assert.Equal("1.目标明确（1分）\n2.指标细化（1分）", table.CellAt(1, 0)!.Text);
    }

    [Fact]
    public void Damaged_or_dangling_definitions_give_no_label_and_no_error()
    {
        var numbering = "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"Missing\"/></w:abstractNum>" + Num(1, 1) + Num(2, 99)
            + AbstractNum(5, Level(0, "decimal", "%9.%1")) + Num(5, 5);
        var body = Item("断链", 1) + Item("无定义", 2) + Item("未知实例", 42) + Item("越级", 5) + Item("越界层级", 5, 77);

        Assert.Equal(["断链", "无定义", "未知实例", "1.1 越级", "越界层级"], Texts(body, numbering: numbering));
    }

    [Fact]
    public void Numbers_in_list_labels_do_not_become_figures()
    {
        var body = Item("项目立项", 1) + Item("预算编制", 1, 1) + Item("预算执行率为95.5%。", 1, 2) + Item("资金到位率为100%。", 1, 2);
        using var file = WithBody(body, numberingXml: ReportOutline);
        var document = ReaderFiles.Read(_reader, file.Source);
        var figures = new FigureExtractor().Extract(document).Figures;

        Assert.Equal("2.资金到位率为100%。", document.Paragraphs.Last().Text);
        Assert.Equal([95.5m, 100m], figures.Select(f => f.Value));
    }

    [Theory]
    [InlineData("decimal", 12, "12")]
    [InlineData("decimalZero", 7, "07")]
    [InlineData("upperLetter", 28, "BB")]
    [InlineData("lowerLetter", 3, "c")]
    [InlineData("upperRoman", 14, "XIV")]
    [InlineData("lowerRoman", 9, "ix")]
    [InlineData("chineseCounting", 1, "一")]
    [InlineData("chineseCounting", 10, "十")]
    [InlineData("chineseCounting", 15, "十五")]
    [InlineData("chineseCounting", 20, "二十")]
    [InlineData("chineseCounting", 105, "一百零五")]
    [InlineData("chineseCountingThousand", 23, "二十三")]
    [InlineData("chineseCountingThousand", 1010, "一千零一十")]
    [InlineData("chineseLegalSimplified", 12, "壹拾贰")]
    [InlineData("japaneseCounting", 110, "百十")]
    [InlineData("ideographTraditional", 3, "丙")]
    [InlineData("ideographTraditional", 11, "11")]
    [InlineData("ideographZodiac", 12, "亥")]
    [InlineData("ideographDigital", 105, "一〇五")]
    [InlineData("decimalEnclosedCircle", 20, "⑳")]
    [InlineData("decimalEnclosedCircle", 21, "21")]
    [InlineData("decimalEnclosedParen", 2, "⑵")]
    [InlineData("decimalFullWidth", 12, "１２")]
    [InlineData("none", 3, "")]
    [InlineData("bullet", 3, "")]
    [InlineData("someFutureFormat", 4, "4")]
    public void Number_formats_render_as_word_shows_them(string format, int value, string expected) =>
        Assert.Equal(expected, ListNumberFormat.Format(value, format));
}
