using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;
using Extraction.Word;
using static Extraction.Tests.Readers.DocxFiles;

namespace Extraction.Tests.Readers;

public sealed class WordReaderTests
{
    private readonly WordReader _reader = new();

    public static TheoryData<string> Seeds => new() { "seed000", "seed001", "seed002", "seed003" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_tables_match_their_source_grid(string id) =>
        SourceTableAssert.SeedTablesMatch(_reader, id, ".docx");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_paragraphs_keep_order_heading_levels_and_estimated_pages(string id)
    {
        var source = SeedSource.Load(id);
        var document = ReaderFiles.Read(_reader, ReaderFiles.Corpus("seeds", id + ".docx"));
        var paragraphs = document.Paragraphs.ToList();

        var at = 0;
        var page = 1;
        var (headings, styledHeadings) = (0, 0);
        foreach (var block in source.Blocks)
        {
            if (block is SourceBreak)
            {
                page++;
                continue;
            }

            if (block is not SourceText text || TextNormalizer.Key(text.Text).Length == 0)
            {
                continue;
            }

            var key = TextNormalizer.Key(text.Text);
            var found = paragraphs.FindIndex(at, p => TextNormalizer.Key(p.Text).Contains(key, StringComparison.Ordinal));
            Assert.True(found >= 0, $"{id}: expected \"{text.Text}\" after paragraph {at}");
            var paragraph = paragraphs[found];
            Assert.Equal(page, paragraph.Provenance.Page);
            if (text.Type == "heading")
            {
                // The renderer styles a heading that titles a table as a centred bold line.
                headings++;
                Assert.True(paragraph.HeadingLevel is null || paragraph.HeadingLevel == text.Level,
                    $"{id}: \"{text.Text}\" expected heading level {text.Level}, found {paragraph.HeadingLevel}");
                styledHeadings += paragraph.HeadingLevel is null ? 0 : 1;
            }
            else if (text.Type == "paragraph")
            {
                Assert.Null(paragraph.HeadingLevel);
            }

            at = found;
        }

        Assert.InRange(styledHeadings, headings - 1, headings);
        var expectedTablePages = new List<int>();
        page = 1;
        foreach (var block in source.Blocks)
        {
            page += block is SourceBreak ? 1 : 0;
            if (block is SourceTable)
            {
                expectedTablePages.Add(page);
            }
        }

        Assert.Equal(expectedTablePages, document.Tables.Select(t => t.Provenance.Page));
    }

    [Fact]
    public void Grid_span_and_vertical_merge_become_spans()
    {
        var body = Table(4,
            Row(Cell(P("一级"), "<w:vMerge w:val=\"restart\"/>"), Cell(P("二级"), "<w:gridSpan w:val=\"2\"/>"), Cell(P("分值"))),
            Row(Cell(P(string.Empty), "<w:vMerge/>"), Cell(P("a")), Cell(P("b")), Cell(P("1"))),
            Row(Cell(P(string.Empty), "<w:vMerge w:val=\"continue\"/>"), Cell(P("c")), Cell(P("d")), Cell(P("2"))),
            Row(Cell(P("合计")), Cell(P("x"), "<w:gridSpan w:val=\"999999\"/>")));
        using var file = WithBody(body);
        var table = ReaderFiles.Read(_reader, file.Source).Tables.Single();

        Assert.Equal(4, table.RowCount);
        var first = table.CellAt(2, 0)!;
        Assert.Equal(("一级", 0, 3), (first.Text, first.Row, first.RowSpan));
        Assert.Equal(2, table.CellAt(0, 2)!.ColumnSpan);
        Assert.Equal("d", table.CellAt(2, 2)!.Text);
        Assert.Equal("合计", table.CellAt(3, 0)!.Text);
        // An absurd gridSpan is clamped to the table grid.
        var x = table.CellAt(3, 1)!;
        Assert.Equal(("x", 3), (x.Text, x.ColumnSpan));
        Assert.Equal(4, table.ColumnCount);
    }

    [Fact]
    public void Nested_table_follows_its_parent_and_cell_lines_are_kept()
    {
        var inner = Table(2, Row(Cell(P("内1")), Cell(P("内2"))));
        var body = Table(2, Row(Cell(P("第一行") + P("第二行")), Cell(inner + P(string.Empty)))) + P("之后");
        using var file = WithBody(body);
        var blocks = ReaderFiles.Read(_reader, file.Source).Blocks.ToList();

        var outer = Assert.IsType<Table>(blocks[0]);
        Assert.Equal("第一行\n第二行", outer.CellAt(0, 0)!.Text);
        Assert.Equal("内1 内2", outer.CellAt(0, 1)!.Text);
        Assert.Equal("内2", Assert.IsType<Table>(blocks[1]).CellAt(0, 1)!.Text);
        Assert.Equal("之后", Assert.IsType<Paragraph>(blocks[2]).Text);
    }

    [Fact]
    public void Text_box_in_alternate_content_is_read_once()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent>";
        var body = "<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><mc:AlternateContent>" +
            $"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>" +
            "</mc:AlternateContent></w:r></w:p>";
        using var file = WithBody(body);

        Assert.Equal(["锚定段落", "文本框内容"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Field_results_are_text_and_field_codes_are_not()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">第 </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
            "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
            "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> 页</w:t></w:r></w:p>" +
            "<w:p><w:fldSimple w:instr=\" DATE \"><w:r><w:t>2020年10月30日</w:t></w:r></w:fldSimple></w:p>" +
            "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del></w:p>";
        using var file = WithBody(body);

        Assert.Equal(["第 3 页", "2020年10月30日", "甲 乙", "丙"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Hidden_runs_are_not_text_but_their_field_characters_count()
    {
        var body = "<w:p><w:r><w:t>得分</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>旧值3</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>4</w:t></w:r></w:p>"
            + "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TC </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>可见</w:t></w:r></w:p>";
        using var file = WithBody(body);

        Assert.Equal(["得分4", "可见"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Explicit_page_breaks_and_sections_number_the_pages()
    {
        var body = P("一") + "<w:p><w:r><w:t>二前</w:t><w:br w:type=\"page\"/><w:t>二后</w:t></w:r></w:p>"
            + P("三", "<w:pageBreakBefore/>")
            + P("节末", "<w:sectPr><w:type w:val=\"nextPage\"/></w:sectPr>")
            + P("四")
            + P("连续节末", "<w:sectPr/>")
            + P("仍是五")
            + "<w:sectPr><w:type w:val=\"continuous\"/></w:sectPr>";
        using var file = WithBody(body);
        var document = ReaderFiles.Read(_reader, file.Source);

        var pages = document.Paragraphs.ToDictionary(p => p.Text, p => p.Provenance.Page);
        Assert.Equal(1, pages["一"]);
        Assert.Equal(1, pages["二前"]);
        Assert.Equal(2, pages["二后"]);
        Assert.Equal(3, pages["三"]);
        Assert.Equal(3, pages["节末"]);
        Assert.Equal(4, pages["四"]);
        Assert.Equal(4, pages["连续节末"]);
        Assert.Equal(4, pages["仍是五"]);
        Assert.Equal(4, document.Pages.Count);
    }

    [Fact]
    public void Rendered_page_breaks_replace_explicit_ones_when_present()
    {
        var body = P("一") + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>二</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>跨页段落前半</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>后半</w:t></w:r></w:p>"
            + P("三");
        using var file = WithBody(body);
        var pages = ReaderFiles.Read(_reader, file.Source).Paragraphs.ToDictionary(p => p.Text, p => p.Provenance.Page);

        Assert.Equal(1, pages["一"]);
        Assert.Equal(2, pages["二"]);
        Assert.Equal(2, pages["跨页段落前半后半"]);
        Assert.Equal(3, pages["三"]);
    }

    [Fact]
    public void Heading_levels_come_from_style_names_and_outline_levels()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"a5\"><w:name w:val=\"标题 2\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Mine\"><w:name w:val=\"My heading\"/><w:basedOn w:val=\"a5\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Outline\"><w:name w:val=\"x\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>";
        var body = P("一", "<w:pStyle w:val=\"1\"/>") + P("二", "<w:pStyle w:val=\"a5\"/>") + P("继承", "<w:pStyle w:val=\"Mine\"/>")
            + P("大纲", "<w:pStyle w:val=\"Outline\"/>") + P("直接", "<w:outlineLvl w:val=\"3\"/>") + P("正文", "<w:outlineLvl w:val=\"9\"/>");
        using var file = WithBody(body, styles);

        Assert.Equal([1, 2, 2, 3, 4, null], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.HeadingLevel));
    }

    [Fact]
    public void Deep_table_nesting_is_cut_with_a_problem()
    {
        using var file = WithBody(NestedTables(15));
        var document = ReaderFiles.Read(_reader, file.Source, new ReaderOptions { MaxDepth = 10 });

        Assert.Contains(document.Problems, p => p.Message.Contains("nested at most 10", StringComparison.Ordinal));
        Assert.InRange(document.Tables.Count(), 1, 10);
    }

    [Fact]
    public void Hostile_xml_nesting_is_refused_before_the_sdk_loads_it()
    {
        using var file = WithBody(NestedTables(300));
        var ex = Assert.Throws<DocumentReadException>(() => ReaderFiles.Read(_reader, file.Source));
        Assert.Contains("nested at most", ex.Message, StringComparison.Ordinal);
    }

    private static string NestedTables(int levels)
    {
        var nested = P("底");
        for (var i = 0; i < levels; i++)
        {
            nested = Table(1, Row(Cell(nested + P(string.Empty))));
        }

        return nested;
    }

    [Fact]
    public void Not_a_zip_is_a_read_exception_naming_the_expectation()
    {
        using var file = ScratchFile.WithText("fake.docx", "PK\u0003\u0004 this is not really a zip archive");
        var ex = Assert.Throws<DocumentReadException>(() => ReaderFiles.Read(_reader, file.Source));
        Assert.Contains("expected a Word .docx package", ex.Message, StringComparison.Ordinal);
        Assert.Equal("docx", ex.Stage);
    }

    [Fact]
    public void Package_without_document_part_is_a_read_exception()
    {
        using var file = Zip(("[Content_Types].xml", ContentTypes), ("docProps/app.xml", "<x/>"));
        var ex = Assert.Throws<DocumentReadException>(() => ReaderFiles.Read(_reader, file.Source));
        Assert.Contains("word/document.xml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_document_xml_is_a_read_exception_with_its_position()
    {
        using var file = Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p></w:body>"));
        var ex = Assert.Throws<DocumentReadException>(() => ReaderFiles.Read(_reader, file.Source));
        Assert.Contains("well-formed XML in word/document.xml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }
}
