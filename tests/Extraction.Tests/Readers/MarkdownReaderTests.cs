using System.Text;
using Extraction.Layout;
using Extraction.Markdown;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Tests.Readers;

public sealed class MarkdownReaderTests
{
    private readonly MarkdownReader _reader = new();

    [Fact]
    public void Henan_report_scoring_table_is_an_html_table_with_its_total()
    {
        var document = ReaderFiles.Read(_reader, ReaderFiles.Corpus("realdocs", "henan-skills-contest-2021-2024-project-evaluation.md"));

        Assert.Equal(SourceFormat.Markdown, document.Format);
        var scoring = document.Tables.Where(t => Header(t).Take(4).SequenceEqual(["一级指标", "二级指标", "三级指标", "分值"])).ToList();
        Assert.NotEmpty(scoring);
        var last = scoring[^1];
        var total = last.Cells.Where(c => c.Text == "合计").Select(c => c.Row).Single();
        Assert.Equal("65.00", last.CellAt(total, last.ColumnCount - 1)!.Text);
        Assert.Equal("100", last.CellAt(total, 3)!.Text);
        // The level-1 names span several rows (rowspan resolved, later cells shifted right).
        Assert.Contains(scoring.SelectMany(t => t.Cells), c => c.Column == 0 && c.RowSpan > 1 && c.Text.StartsWith('A'));
        Assert.All(scoring.SelectMany(t => t.Cells), c => Assert.DoesNotContain("<", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Henan_report_latex_percentages_become_text()
    {
        var document = ReaderFiles.Read(_reader, ReaderFiles.Corpus("realdocs", "henan-skills-contest-2021-2024-project-evaluation.md"));

        var summary = document.Paragraphs.First(p => p.Text.StartsWith("项目总体评价得65.00分", StringComparison.Ordinal));
        Assert.Contains("评价等级为“中”", summary.Text, StringComparison.Ordinal);
        Assert.Contains("决策指标10.40分，得分率69.33%，", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains('$', StringComparison.Ordinal) || p.Text.Contains("\\%", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("≥200", StringComparison.Ordinal));
        Assert.Equal(1, document.Paragraphs.First().HeadingLevel);
    }

    [Theory]
    [InlineData("seed000")]
    [InlineData("seed002")]
    public void Seed_text_keeps_every_plain_line_in_order_and_tab_runs_as_tables(string id)
    {
        var file = ReaderFiles.Corpus("seeds", id + ".txt");
        var document = ReaderFiles.Read(_reader, file);
        var lines = File.ReadAllLines(file.Path).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();

        Assert.Equal(SourceFormat.Text, document.Format);
        var plain = lines.Where(l => !l.Contains('\t', StringComparison.Ordinal)).Select(ParagraphText.Collapse).ToList();
        var tabbed = lines.Count - plain.Count;
        var paragraphs = document.Paragraphs.Select(p => p.Text).ToList();

        // Plain lines are paragraphs in order, a wrapped sentence's lines joined in one paragraph.
        var at = 0;
        foreach (var line in plain)
        {
            while (at < paragraphs.Count && !paragraphs[at].Contains(line, StringComparison.Ordinal))
            {
                at++;
            }

            Assert.True(at < paragraphs.Count, $"{id}: expected the line \"{line}\" in a paragraph in order");
        }

        Assert.InRange(paragraphs.Count, 1, plain.Count + tabbed);
        Assert.InRange(document.Tables.Sum(t => t.RowCount), 1, tabbed);
        Assert.All(document.Tables, t => Assert.True(t.ColumnCount >= 2));
    }

    [Fact]
    public void Seed_text_copied_one_cell_per_line_is_one_table_with_a_cell_per_tab_line()
    {
        var file = ReaderFiles.Corpus("seeds", "seed001.txt");
        var document = ReaderFiles.Read(_reader, file);
        var cellLines = File.ReadAllLines(file.Path).Count(CellLineTable.IsCellLine);

        var table = document.Tables.Single();
        Assert.Equal(cellLines, table.Cells.Count);
        Assert.True(table.ColumnCount >= 9);
        Assert.Equal("项目\n监管", table.Cells.Single(c => c.Text.StartsWith("项目\n", StringComparison.Ordinal)).Text);
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("本次部门整体支出绩效评价指标评分总分为94.98分", StringComparison.Ordinal));
    }

    [Fact]
    public void Pipe_tables_in_converted_text_are_tables()
    {
        var file = ReaderFiles.Corpus("seeds", "seed003.txt");
        var pipeRows = File.ReadAllLines(file.Path).Count(l => l.TrimStart().StartsWith('|') && !MarkdownTables.IsDelimiterRow(l));
        var document = ReaderFiles.Read(_reader, file);

        Assert.Equal(pipeRows, document.Tables.Sum(t => t.RowCount));
        Assert.Contains(document.Tables.SelectMany(t => t.Cells), c => c.Text == "93.75");
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.StartsWith('|'));
    }

    [Fact]
    public void Seed_text_keeps_the_score_total_cell()
    {
        var document = ReaderFiles.Read(_reader, ReaderFiles.Corpus("seeds", "seed002.txt"));
        Assert.Contains(document.Tables.SelectMany(t => t.Cells), c => c.Text == "91.12");
    }

    [Fact]
    public void Pipe_table_with_alignment_row_and_escaped_pipes()
    {
        const string md = """
            # 评分表

            | 指标 | 分值 | 说明 |
            |:-----|-----:|:----:|
            | 预算执行率 | 10 | a \| b |
            | **合计** | 100 |
            | 多 | 余 | 单元 | 格 |
            """;
        var table = Read(md).Tables.Single();

        Assert.Equal((4, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("a | b", table.CellAt(1, 2)!.Text);
        Assert.Equal("合计", table.CellAt(2, 0)!.Text);
        Assert.Equal(string.Empty, table.CellAt(2, 2)!.Text);
        Assert.Equal("单元", table.CellAt(3, 2)!.Text);
    }

    [Fact]
    public void Html_table_inside_markdown_resolves_spans_and_nested_tables()
    {
        const string md = """
            前文

            <table><tr><td rowspan="2">决策15分</td><td colspan="2">立项<br>5分</td></tr>
            <tr><td>$85\%$</td><td><table><tr><td>内</td></tr></table></td></tr></table>

            后文
            """;
        var blocks = Read(md).Blocks.ToList();

        Assert.Equal("前文", Assert.IsType<Paragraph>(blocks[0]).Text);
        var table = Assert.IsType<Table>(blocks[1]);
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(2, table.CellAt(1, 0)!.RowSpan);
        Assert.Equal("立项\n5分", table.CellAt(0, 1)!.Text);
        Assert.Equal("85%", table.CellAt(1, 1)!.Text);
        Assert.Equal("内", table.CellAt(1, 2)!.Text);
        Assert.Equal("内", Assert.IsType<Table>(blocks[2]).Cells.Single().Text);
        Assert.Equal("后文", Assert.IsType<Paragraph>(blocks[3]).Text);
    }

    [Theory]
    [InlineData("得分率  $85\\%$  ，较好", "得分率85%，较好")]
    [InlineData("$\\text{评分}$：$\\mathrm{A}$", "评分：A")]
    [InlineData("金额 = 单价 $\\times$ 数量 \\div 2", "金额 = 单价×数量 ÷ 2")]
    [InlineData("目标值 $\\geq 500$ 人", "目标值≥500人")]
    [InlineData("比例 $\\frac{1}{4}$", "比例1/4")]
    [InlineData("rate $5\\%$ of total", "rate 5% of total")]
    [InlineData("价格 $5 和 $6 元", "价格 $5 和 $6 元")]
    public void Latex_fragments_reduce_to_text(string markdown, string expected) =>
        Assert.Equal(expected, Read(markdown).Paragraphs.Single().Text);

    [Fact]
    public void Headings_lists_emphasis_and_soft_breaks()
    {
        const string md = """
            ## 二、绩效分析

            部门预算
            执行情况良好，**得分** 9 分。

            - 第一项
            - [第二项](http://example.com)
            ---
            ![图](a.png)
            """;
        var paragraphs = Read(md).Paragraphs.ToList();

        Assert.Equal(("二、绩效分析", (int?)2), (paragraphs[0].Text, paragraphs[0].HeadingLevel));
        Assert.Equal(["部门预算执行情况良好，得分 9 分。", "第一项", "第二项"], paragraphs.Skip(1).Select(p => p.Text));
    }

    [Fact]
    public void Tab_separated_runs_become_tables()
    {
        var document = ReadText("说明\n指标\t分值\t得分\n预算执行率\t10\t9.5\n合计\t100\t91.12\n结束\n");
        var table = document.Tables.Single();

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("91.12", table.CellAt(2, 2)!.Text);
        Assert.Equal(["说明", "结束"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Cell_per_line_text_becomes_a_table_with_merged_header_cells_spanning()
    {
        var text = "评分表\n\t评价指标\n\t评分\n\n\t一级指标\n\t二级指标\n\t\n\n\t部门决策\n\t预算\n编制\n\t5\n\n\t\n\t目标设置\n\t4\n\n结束\n";
        var document = ReadText(text);
        var table = document.Tables.Single();

        Assert.Equal((4, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(2, table.CellAt(0, 1)!.ColumnSpan);
        Assert.Equal("评分", table.CellAt(0, 2)!.Text);
        Assert.Equal("预算\n编制", table.CellAt(2, 1)!.Text);
        Assert.Equal("4", table.CellAt(3, 2)!.Text);
        Assert.Equal(["评分表", "结束"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Utf16_bom_text_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("部门整体支出\n绩效自评")).ToArray();
        using var file = ScratchFile.WithBytes("u16.txt", bytes);
        Assert.Equal(["部门整体支出", "绩效自评"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Gb18030_text_is_decoded_when_not_utf8()
    {
        using var file = ScratchFile.WithBytes("gbk.txt", TextDecoder.Gb18030.GetBytes("评价等级为“中”\r\n合计 65.00"));
        Assert.Equal(["评价等级为“中”", "合计 65.00"], ReaderFiles.Read(_reader, file.Source).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Form_feeds_separate_pages()
    {
        var document = ReadText("第一页\f第二页\n\f");
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(2, document.Paragraphs.Single(p => p.Text == "第二页").Provenance.Page);
    }

    [Fact]
    public void Deeply_nested_html_table_is_skipped_with_a_problem()
    {
        var md = string.Concat(Enumerable.Repeat("<table><tr><td>", 300)) + "x" + string.Concat(Enumerable.Repeat("</td></tr></table>", 300));
        var document = Read(md);
        Assert.Empty(document.Tables);
        Assert.Contains(document.Problems, p => p.Message.Contains("nested at most", StringComparison.Ordinal));
    }

    private Document Read(string markdown)
    {
        using var file = ScratchFile.WithText("doc.md", markdown);
        return ReaderFiles.Read(_reader, file.Source);
    }

    [Fact]
    public void A_sentence_wrapped_over_lines_is_one_paragraph_but_titles_and_items_stay_apart()
    {
        var document = ReadText("1、支出完成率及结转结余率\n\n湛江市民政局2019年度支出决算数4077万元，收入决算数4061.98万元，支出完成率\n\n及结转结余率分别为 98.47% 和 1.53%。\n2、预算编制\n");

        Assert.Equal(
            ["1、支出完成率及结转结余率", "湛江市民政局2019年度支出决算数4077万元，收入决算数4061.98万元，支出完成率及结转结余率分别为 98.47% 和 1.53%。", "2、预算编制"],
            document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_line_closed_by_punctuation_or_followed_by_an_item_is_not_continued()
    {
        var document = ReadText("本年支出合计2940.05万元，其中基本支出2336.91万元。\n项目支出603.14万元，占20.51%。\n一般公共预算财政拨款支出决算具体情况如下\n（一）行政运行\n");

        Assert.Equal(4, document.Paragraphs.Count());
    }

    private Document ReadText(string text)
    {
        using var file = ScratchFile.WithText("doc.txt", text);
        return ReaderFiles.Read(_reader, file.Source);
    }

    private static IEnumerable<string> Header(Table table) =>
        Enumerable.Range(0, table.ColumnCount).Select(c => table.CellAt(0, c)?.Text ?? string.Empty);
}
