using System.Text;
using Extraction.Html;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;

namespace Extraction.Tests.Readers;

public sealed class HtmlReaderTests
{
    private readonly HtmlReader _reader = new();

    public static TheoryData<string> Seeds => new() { "seed000", "seed001", "seed002", "seed003" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_tables_match_their_source_grid(string id) =>
        SourceTableAssert.SeedTablesMatch(_reader, id, ".html");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_text_comes_in_source_order_without_site_chrome(string id)
    {
        var source = SeedSource.Load(id);
        var document = ReaderFiles.Read(_reader, ReaderFiles.Corpus("seeds", id + ".html"));
        var paragraphs = document.Paragraphs.Select(p => TextNormalizer.Key(p.Text)).ToList();

        // Every source paragraph appears, in order (the page may join two source titles in one heading).
        var at = 0;
        foreach (var text in source.Texts.Select(t => TextNormalizer.Key(t.Text)).Where(t => t.Length > 0))
        {
            var found = paragraphs.FindIndex(at, p => p.Length > 0 && (text.Contains(p, StringComparison.Ordinal) || p.Contains(text, StringComparison.Ordinal)));
            Assert.True(found >= 0, $"{id}: expected \"{text}\" after paragraph {at}");
            at = found;
        }

        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("当前位置", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.StartsWith("主办", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text == "首页");
        Assert.All(document.Blocks, b => Assert.Equal(1, b.Provenance.Page));
        Assert.Single(document.Pages);
    }

    [Fact]
    public void Article_title_is_a_level_one_heading()
    {
        var document = ReaderFiles.Read(_reader, ReaderFiles.Corpus("seeds", "seed002.html"));
        var first = document.Paragraphs.First();
        Assert.Equal(1, first.HeadingLevel);
        Assert.Contains("自评核查报告", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gbk_page_declared_in_http_equiv_is_decoded()
    {
        const string html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
            <body><h2>一、基本情况</h2><p>支出完成率 98.47%。</p></body></html>
            """;
        using var file = ScratchFile.WithBytes("gbk.html", TextDecoder.Gb18030.GetBytes(html));
        var document = ReaderFiles.Read(_reader, file.Source);

        var paragraphs = document.Paragraphs.ToList();
        Assert.Equal(["一、基本情况", "支出完成率 98.47%。"], paragraphs.Select(p => p.Text));
        Assert.Equal(2, paragraphs[0].HeadingLevel);
        Assert.Null(paragraphs[1].HeadingLevel);
    }

    [Fact]
    public void Undeclared_gbk_page_is_guessed_from_invalid_utf8()
    {
        using var file = ScratchFile.WithBytes("guess.html", TextDecoder.Gb18030.GetBytes("<html><body><p>绩效自评报告</p></body></html>"));
        Assert.Equal("绩效自评报告", ReaderFiles.Read(_reader, file.Source).Paragraphs.Single().Text);
    }

    [Fact]
    public void Utf8_bom_wins_over_a_wrong_declaration()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<html><head><meta charset=gbk></head><body><p>得分</p></body></html>")).ToArray();
        using var file = ScratchFile.WithBytes("bom.html", bytes);
        Assert.Equal("得分", ReaderFiles.Read(_reader, file.Source).Paragraphs.Single().Text);
    }

    [Fact]
    public void Navigation_header_footer_scripts_and_link_lists_are_left_out()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style><script>var x = "脚本";</script></head>
            <body>
            <header><div class="logo">某某市人民政府</div></header>
            <nav><a href="/">首页</a><a href="/a">政务公开</a></nav>
            <div class="menu">菜单文字</div>
            <div id="content">
              <h1>部门整体支出绩效自评报告</h1>
              <p>一、部门基本情况</p>
              <p>  本部门   共有  职工 38 人。</p>
              <ul class="related"><li><a href="1">相关文章一</a></li><li><a href="2">相关文章二</a></li><li><a href="3">相关文章三</a></li></ul>
              <p style="display:none">隐藏文字</p>
            </div>
            <div class="footer">版权所有 主办单位</div>
            <footer>备案号</footer>
            <script>document.write("x")</script>
            </body></html>
            """;
        using var file = ScratchFile.WithText("chrome.html", html);
        var texts = ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(["部门整体支出绩效自评报告", "一、部门基本情况", "本部门 共有 职工 38 人。"], texts);
    }

    [Fact]
    public void Page_without_table_gives_paragraphs_split_at_line_breaks()
    {
        const string html = "<html><body><div>第一行<br>第二行<br/><br/>第三\n行</div><p></p><p>&nbsp;</p></body></html>";
        using var file = ScratchFile.WithText("plain.html", html);
        var document = ReaderFiles.Read(_reader, file.Source);

        Assert.Empty(document.Tables);
        Assert.Equal(["第一行", "第二行", "第三行"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Spans_are_resolved_and_absurd_spans_clamped()
    {
        const string html = """
            <html><body><table>
            <tr><td rowspan="3">一级</td><td colspan="2">二级<br>指标</td><td rowspan="999999">备注</td></tr>
            <tr><td>a</td><td>b</td></tr>
            <tr><td colspan="100000">c</td></tr>
            </table></body></html>
            """;
        using var file = ScratchFile.WithText("spans.html", html);
        var table = ReaderFiles.Read(_reader, file.Source).Tables.Single();

        Assert.Equal(3, table.RowCount);
        Assert.Equal(new TableCell(0, 0, 3, 1, "一级", table.Provenance), table.CellAt(2, 0));
        Assert.Equal("二级\n指标", table.CellAt(0, 2)!.Text);
        Assert.Equal(2, table.CellAt(0, 1)!.ColumnSpan);
        Assert.Equal(3, table.CellAt(2, 3)!.RowSpan);
        Assert.Equal("备注", table.CellAt(2, 3)!.Text);
        // "c" starts at column 1 and stops before the cell reserved by 备注's row span.
        var c = table.CellAt(2, 1)!;
        Assert.Equal(("c", 1, 2), (c.Text, c.Column, c.ColumnSpan));
        Assert.Equal(4, table.ColumnCount);
    }

    [Fact]
    public void Nested_table_follows_its_parent_and_parent_cell_keeps_its_text()
    {
        const string html = """
            <html><body><table>
            <tr><td>外层</td><td><table><tr><td>内1</td><td>内2</td></tr><tr><td>内3</td><td>内4</td></tr></table></td></tr>
            </table><p>之后</p></body></html>
            """;
        using var file = ScratchFile.WithText("nested.html", html);
        var blocks = ReaderFiles.Read(_reader, file.Source).Blocks.ToList();

        var outer = Assert.IsType<Table>(blocks[0]);
        var inner = Assert.IsType<Table>(blocks[1]);
        Assert.Equal("之后", Assert.IsType<Paragraph>(blocks[2]).Text);
        Assert.Equal((1, 2), (outer.RowCount, outer.ColumnCount));
        Assert.Equal("内1 内2\n内3 内4", outer.CellAt(0, 1)!.Text);
        Assert.Equal((2, 2), (inner.RowCount, inner.ColumnCount));
        Assert.Equal("内4", inner.CellAt(1, 1)!.Text);
    }

    [Fact]
    public void Explicit_page_breaks_start_new_pages()
    {
        const string html = "<html><body><p>第一页</p><br style=\"page-break-before:always\" clear=all><p>第二页</p></body></html>";
        using var file = ScratchFile.WithText("pages.html", html);
        var document = ReaderFiles.Read(_reader, file.Source);

        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(2, document.Paragraphs.Single(p => p.Text == "第二页").Provenance.Page);
    }

    [Fact]
    public void Deep_nesting_is_cut_at_the_depth_limit_with_a_problem()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200)) + "深处" + "<p>x</p></body></html>";
        using var file = ScratchFile.WithText("deep.html", html);
        var document = ReaderFiles.Read(_reader, file.Source, new ReaderOptions { MaxDepth = 20 });

        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("深处", StringComparison.Ordinal));
        Assert.Contains(document.Problems, p => p.Message.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_large_file_is_a_read_exception()
    {
        using var file = ScratchFile.WithText("big.html", "<html><body><p>" + new string('x', 5000) + "</p></body></html>");
        var ex = Assert.Throws<DocumentReadException>(() => ReaderFiles.Read(_reader, file.Source, new ReaderOptions { MaxDecodedBytes = 1000 }));
        Assert.Contains("expected at most 1000 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_nesting_is_refused_before_parsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x</body></html>";
        using var file = ScratchFile.WithText("hostile.html", html);
        var ex = Assert.Throws<DocumentReadException>(() => ReaderFiles.Read(_reader, file.Source));
        Assert.Contains("nested at most", ex.Message, StringComparison.Ordinal);
    }
}
