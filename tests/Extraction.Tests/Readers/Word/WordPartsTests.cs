using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Extraction.Word;
using static Extraction.Tests.Readers.DocxFiles;

namespace Extraction.Tests.Readers.Word;

/// <summary>Parts beside the body: footnotes and endnotes are not body text; embedded documents
/// (w:altChunk) are read in place when they are Word or text, else reported.</summary>
public sealed class WordPartsTests
{
    private readonly WordReader _reader = new();

    [Fact]
    public void Footnotes_and_endnotes_and_their_marks_are_not_body_text()
    {
        var body = "<w:p><w:r><w:t>得分90</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>分</w:t></w:r>"
            + "<w:r><w:endnoteReference w:id=\"2\"/></w:r></w:p>";
        using var file = WithBody(body, parts: main =>
        {
            Feed(main.AddNewPart<FootnotesPart>(),
                $"<w:footnotes {Namespaces}><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>脚注：指标得分77</w:t></w:r></w:p></w:footnote></w:footnotes>");
            Feed(main.AddNewPart<EndnotesPart>(),
                $"<w:endnotes {Namespaces}><w:endnote w:id=\"2\"><w:p><w:r><w:t>尾注66</w:t></w:r></w:p></w:endnote></w:endnotes>");
        });

        Assert.Equal(["得分90分"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void An_embedded_word_document_is_read_in_place_with_its_own_lists_and_tables()
    {
        byte[] embedded;
        var numbering = AbstractNum(1, Level(0, "chineseCounting", "%1、", extra: "<w:suff w:val=\"nothing\"/>")) + Num(1, 1);
        using (var inner = WithBody(Item("嵌入标题", 1) + Table(2, Row(Cell(P("指标")), Cell(P("得分"))), Row(Cell(P("甲")), Cell(P("9")))), numberingXml: numbering))
        {
            embedded = File.ReadAllBytes(inner.Path);
        }

        var body = P("之前") + "<w:altChunk r:id=\"chunk1\"/>" + P("之后");
        using var file = WithBody(body, parts: main => AddChunk(main, AlternativeFormatImportPartType.WordprocessingML, "chunk1", embedded));
        var document = ReaderFiles.Read(_reader, file.Source);

        Assert.Equal(["之前", "一、嵌入标题", "之后"], document.Paragraphs.Select(p => p.Text));
        Assert.Equal("9", document.Tables.Single().CellAt(1, 1)!.Text);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void An_embedded_word_document_in_a_cell_gives_cell_lines_and_a_nested_table()
    {
        byte[] embedded;
        using (var inner = WithBody(P("说明") + Table(2, Row(Cell(P("甲")), Cell(P("9"))))))
        {
            embedded = File.ReadAllBytes(inner.Path);
        }

        var body = Table(2, Row(Cell(P("附件")), Cell("<w:altChunk r:id=\"chunk1\"/>" + P(string.Empty))));
        using var file = WithBody(body, parts: main => AddChunk(main, AlternativeFormatImportPartType.WordprocessingML, "chunk1", embedded));
        var tables = ReaderFiles.Read(_reader, file.Source).Tables.ToList();

        Assert.Equal("说明\n甲 9", tables[0].CellAt(0, 1)!.Text);
        Assert.Equal("9", tables[1].CellAt(0, 1)!.Text);
    }

    [Fact]
    public void An_embedded_text_part_gives_paragraphs()
    {
        var body = P("之前") + "<w:altChunk r:id=\"chunk1\"/>";
        using var file = WithBody(body, parts: main =>
            AddChunk(main, AlternativeFormatImportPartType.TextPlain, "chunk1", Encoding.UTF8.GetBytes("第一行\r\n\r\n第二行 85分\n")));

        Assert.Equal(["之前", "第一行", "第二行 85分"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void An_embedded_html_part_or_a_dangling_chunk_is_a_problem_naming_it()
    {
        var body = P("之前") + "<w:altChunk r:id=\"chunk1\"/>" + "<w:altChunk r:id=\"missing\"/>" + P("之后");
        using var file = WithBody(body, parts: main =>
            AddChunk(main, AlternativeFormatImportPartType.Html, "chunk1", Encoding.UTF8.GetBytes("<html><body><p>得分80</p></body></html>")));
        var document = ReaderFiles.Read(_reader, file.Source);

        Assert.Equal(["之前", "之后"], document.Paragraphs.Select(p => p.Text));
        Assert.Contains(document.Problems, p => p.Message.Contains("text/html", StringComparison.Ordinal) && p.Page == 1);
        Assert.Contains(document.Problems, p => p.Message.Contains("r:id=\"missing\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_embedded_document_is_a_problem_not_an_exception()
    {
        var body = P("之前") + "<w:altChunk r:id=\"chunk1\"/>" + P("之后");
        using var file = WithBody(body, parts: main =>
            AddChunk(main, AlternativeFormatImportPartType.WordprocessingML, "chunk1", Encoding.UTF8.GetBytes("PK\u0003\u0004 not a zip")));
        var document = ReaderFiles.Read(_reader, file.Source);

        Assert.Equal(["之前", "之后"], document.Paragraphs.Select(p => p.Text));
        Assert.Contains(document.Problems, p => p.Message.Contains("embedded Word document", StringComparison.Ordinal));
    }

    private static void AddChunk(MainDocumentPart main, PartTypeInfo type, string id, byte[] content)
    {
        var part = main.AddAlternativeFormatImportPart(type, id);
        using var stream = new MemoryStream(content);
        part.FeedData(stream);
    }
}
