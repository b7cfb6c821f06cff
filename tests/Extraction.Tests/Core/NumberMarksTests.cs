using Extraction.Messages;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Tests.Core;

/// <summary>Evidence boxes on the printed numbers: found in the page's words by line, narrowed inside a word,
/// across words split by the reader, never inside a longer number, and only within the evidence's region.</summary>
public sealed class NumberMarksTests
{
    // "比上年增长206.52%。" as one run 200 pt wide: 5 ideographs (2 units each) + "206.52%" (7 units) + "。" (2 units).
    private static readonly PageWord Run = new("比上年增长206.52%。", new BoundingBox(100, 200, 300, 212));

    [Fact]
    public void A_number_inside_a_run_is_boxed_by_character_widths()
    {
        var box = Assert.Single(NumberMarks.Find([Run], "206.52"));
        // 19 units over 200 pt: the number starts after 10 units and spans 6.
        Assert.Equal(100 + (200.0 * 10 / 19), box.Left, 3);
        Assert.Equal(100 + (200.0 * 16 / 19), box.Right, 3);
        Assert.Equal(200, box.Top);
        Assert.Equal(212, box.Bottom);
    }

    [Fact]
    public void A_number_split_over_two_words_is_one_box()
    {
        PageWord a = new("合计52.", new BoundingBox(100, 50, 140, 60));
        PageWord b = new("30万元", new BoundingBox(141, 50, 170, 60));
        var box = Assert.Single(NumberMarks.Find([b, a], "52.30"));
        Assert.True(box.Left > 100 && box.Left < 125, $"left {box.Left}");
        Assert.True(box.Right > 141 && box.Right < 160, $"right {box.Right}");
    }

    [Fact]
    public void A_longer_number_holding_the_digits_is_not_a_match()
    {
        Assert.Empty(NumberMarks.Find([new PageWord("收入152.30万元", new BoundingBox(0, 0, 100, 10))], "52.30"));
        Assert.Single(NumberMarks.Find([new PageWord("收入152.30万元，支出52.30万元", new BoundingBox(0, 0, 200, 10))], "52.30"));
    }

    [Fact]
    public void Only_words_inside_the_evidence_region_count_and_other_evidence_is_left_alone()
    {
        var page = new Page(3, [], 600, 800) { Words = [Run, new PageWord("206.52", new BoundingBox(100, 600, 140, 612))] };
        var finding = new Finding("ratio_mismatch", Severity.Error, Msg.Of("finding.change_rate", ("stated", "206.52%"), ("computed", "184.24%")),
        [
            new Evidence(3, "比上年增长206.52%") { Box = new BoundingBox(90, 195, 320, 215), Number = "206.52" },
            new Evidence(3, "上年18.40万元") { Box = new BoundingBox(90, 400, 320, 420) },
        ]);
        var marked = Assert.Single(NumberMarks.Apply([finding], new Document("pdf", [page], [])));
        var mark = Assert.Single(marked.Evidence[0].Marks!);
        Assert.True(mark.Top >= 195 && mark.Bottom <= 215);
        Assert.Null(marked.Evidence[1].Marks);
    }

    [Fact]
    public void Pages_without_words_leave_findings_unchanged()
    {
        var finding = new Finding("ratio_mismatch", Severity.Error, Msg.Of("finding.change_rate", ("stated", "1%"), ("computed", "2%")), [new Evidence(1, "1%") { Number = "1" }]);
        IReadOnlyList<Finding> findings = [finding];
        Assert.Same(findings, NumberMarks.Apply(findings, new Document("docx", [new Page(1, [])], [])));
    }
}
