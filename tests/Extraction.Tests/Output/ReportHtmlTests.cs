using Extraction.Output.Html;
using Extraction.Output.Pairing;
using Extraction.Output.Reports;
using Extraction.Output.Tables;

namespace Extraction.Tests.Output;

public sealed class ReportHtmlTests
{
    private sealed class FakeRenderer : IEvidenceRenderer
    {
        public int Calls { get; private set; }

        public EvidenceImage? Render(Report report, ReportEvidence evidence)
        {
            Calls++;
            return new EvidenceImage([0x89, 0x50, 0x4E, 0x47], 300, 80, new EvidencePixels(10, 20, 100, 30));
        }
    }

    private static (BatchEntry[] Entries, IReadOnlyList<DocumentPair> Pairs) Batch(string extra = "")
    {
        BatchEntry[] entries =
        [
            new(ReportMapper.From(SampleResults.Verification("/in/v.html", "湛江市民政局")), "v.html.json"),
            new(ReportMapper.From(SampleResults.Unreadable("/in/broken.docx")), "broken.docx.json"),
            new(ReportMapper.From(SampleResults.SelfAssessment("/in/self.pdf", extraText: extra)), "self.pdf.json"),
        ];
        return (entries, Pairer.Pair(entries.Select(e => e.Report)));
    }

    [Fact]
    public void Ranks_documents_by_the_severity_of_their_findings_failed_ones_before_clean_ones()
    {
        var (entries, _) = Batch();
        Assert.Equal(["self.pdf", "broken.docx", "v.html"], ReportHtmlWriter.Rank(entries).Select(e => e.Report.Source.Name).ToArray());
    }

    [Fact]
    public void Shows_findings_with_numbers_relation_crop_and_box()
    {
        var (entries, pairs) = Batch();
        var renderer = new FakeRenderer();
        var html = new ReportHtmlWriter(renderer).Render(entries, pairs);
        Assert.Contains("文中平均值97.50%不是36.10, 49.86, 74.22, 91.01的平均数（应为62.80%）", html, StringComparison.Ordinal);
        Assert.Contains("（36.10+49.86+74.22+91.01）÷4 = 62.80%，文中为97.50%", html, StringComparison.Ordinal);
        Assert.Contains(">97.50<", html, StringComparison.Ordinal);
        Assert.Contains(">62.80<", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,iVBORw==\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"box\" style=\"left:10px;top:20px;width:100px;height:30px\"", html, StringComparison.Ordinal);
        Assert.Contains("expected a ZIP package", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"pairs\">", html, StringComparison.Ordinal);
        Assert.Contains(">-3.5<", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_text_is_escaped()
    {
        var (entries, pairs) = Batch("<script>alert('x')</script><img src=x onerror=alert(1)>");
        var html = new ReportHtmlWriter(null).Render(entries, pairs);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Crops_evidence_from_a_real_pdf_page_around_the_box()
    {
        var report = ReportMapper.From(SampleResults.SelfAssessment(SampleResults.CorpusFile("seeds/seed000.pdf")));
        report = report with { Source = report.Source with { PageSizes = [new ReportPageSize(1, 595.304, 841.89)] } };
        var image = new PdftoppmRenderer().Render(report, report.Findings[0].Evidence[0]);
        Assert.NotNull(image);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], image.Png[..4]);
        Assert.InRange(image.Width, 820, 830); // the page width at 100 dpi
        Assert.InRange(image.Height, 70, 140); // the box (18 pt) and its margins
        Assert.NotNull(image.Box);
        Assert.InRange(image.Box.Value.Left, 100, 105); // 73.8 pt
        Assert.InRange(image.Box.Value.Top, 48, 52); // the top margin (36 pt)
    }

    [Fact]
    public void Evidence_without_a_box_shows_the_whole_page_scaled_down()
    {
        var report = ReportMapper.From(SampleResults.SelfAssessment(SampleResults.CorpusFile("seeds/seed000.pdf")));
        var image = new PdftoppmRenderer().Render(report, new ReportEvidence(2, "quote"));
        Assert.NotNull(image);
        Assert.Null(image.Box);
        Assert.Equal(700, Math.Max(image.Width, image.Height));
    }
}
