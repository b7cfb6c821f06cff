using Extraction.Markdown;
using Extraction.Model;

namespace Extraction.Tests.Readers;

/// <summary>Markdown shapes converters write, read through Markdig: each against the plain form or a case that must
/// not change.</summary>
public sealed class MarkdownFormsTests
{
    private readonly MarkdownReader _reader = new();

    [Fact]
    public void Pipe_table_between_a_caption_and_a_sentence_without_blank_lines()
    {
        var document = Read("表1 评分表\n| 指标 | 分值 |\n|---|---|\n| 预算执行率 | 10 |\n以上为评分。\n");

        Assert.Equal(["表1 评分表", "以上为评分。"], document.Paragraphs.Select(p => p.Text));
        var table = document.Tables.Single();
        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("10", table.CellAt(1, 1)!.Text);
    }

    [Fact]
    public void Lines_without_a_delimiter_row_are_not_a_table()
    {
        var document = Read("甲 | 乙\n丙 | 丁\n");

        Assert.Empty(document.Tables);
        Assert.Equal(["甲 | 乙丙 | 丁"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Ordered_items_are_paragraphs_of_their_own_and_keep_their_numbers()
    {
        var document = Read("1. 项目概况\n2. 绩效目标\n\n- 第一项\n- 第二项\n");

        Assert.Equal(["1. 项目概况", "2. 绩效目标", "第一项", "第二项"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_numbered_line_inside_a_sentence_is_not_a_list()
    {
        // Only "1." may interrupt a paragraph: a year wrapped to a line start stays in its sentence.
        var document = Read("预算执行率为98%，较\n2022. 年提高。\n");

        Assert.Equal(["预算执行率为98%，较 2022. 年提高。"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Unclosed_brackets_and_emphasis_marks_stay_as_written()
    {
        var document = Read("满意度=[（非常满意×100%\n\n得分 *9 分\n");

        Assert.Equal(["满意度=[（非常满意×100%", "得分 *9 分"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_dashed_rule_under_a_line_ends_the_paragraph_and_is_not_a_heading()
    {
        var paragraphs = Read("总分 100 94.28\n---------------\n自评等级：优\n").Paragraphs.ToList();

        Assert.Equal(["总分 100 94.28", "自评等级：优"], paragraphs.Select(p => p.Text));
        Assert.All(paragraphs, p => Assert.Null(p.HeadingLevel));
    }

    [Fact]
    public void An_indented_paragraph_is_text_not_code()
    {
        var document = Read("    本单位2023年度预算\n    执行情况良好。\n");

        Assert.Equal(["本单位2023年度预算执行情况良好。"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Html_blocks_give_their_text_and_comments_give_nothing()
    {
        var document = Read("<!-- page 3 -->\n<div align=\"center\">绩效评价报告<br>2023年度</div>\n\n正文\n");

        Assert.Equal(["绩效评价报告", "2023年度", "正文"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Latex_next_to_chinese_pairs_its_own_dollars()
    {
        var document = Read("2. $90\\% \\leq$满意度$<95\\%$的，得4分；3. 满意度$<80\\%$的，得1分。\n");

        Assert.Equal("2. 90%≤满意度<95%的，得4分；3. 满意度<80%的，得1分。", document.Paragraphs.Single().Text);
    }

    [Fact]
    public void Fenced_block_keeps_its_lines_and_holds_no_tables()
    {
        var document = Read("```\n指标\t分值\n合计\t100\n```\n");

        Assert.Empty(document.Tables);
        Assert.Equal(["指标 分值", "合计 100"], document.Paragraphs.Select(p => p.Text));
    }

    private Document Read(string markdown)
    {
        using var file = ScratchFile.WithText("doc.md", markdown);
        return ReaderFiles.Read(_reader, file.Source);
    }
}
