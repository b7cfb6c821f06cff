using System.Buffers.Binary;
using AngleSharp.Html.Parser;
using Extraction.Output;
using Extraction.Output.Html;
using Extraction.Output.Reports;
using Extraction.Output.Tables;

namespace Extraction.Tests.Output;

/// <summary>report.html as a browser renders it: findings, a boxed evidence crop from a real PDF page, the
/// pairing table, and document text containing &lt;script&gt; shown as text.</summary>
public sealed class ReportInBrowserTests
{
    [Fact]
    public void Chromium_renders_findings_crop_pairs_and_escaped_script()
    {
        using var folder = new TempFolder();
        var pdf = SampleResults.CorpusFile("seeds/seed000.pdf");
        var self = ReportMapper.From(SampleResults.SelfAssessment(pdf, extraText: "<script>document.title='pwned'</script>"));
        self = self with { Source = self.Source with { PageSizes = [new ReportPageSize(1, 595.304, 841.89)] } };
        BatchEntry[] entries =
        [
            new(self, "seed000.pdf.json"),
            new(ReportMapper.From(SampleResults.Verification("/in/zhanjiang.html", "湛江市民政局")), "zhanjiang.html.json"),
        ];
        BatchOutputs.WriteBatch(entries, folder.Path, null, new PdftoppmRenderer());
        var page = folder.File("report.html");

        var dom = new HtmlParser().ParseDocument(Chromium.Run(page, "--dump-dom"));
        Assert.NotEqual("pwned", dom.Title);
        Assert.Empty(dom.QuerySelectorAll("script"));
        Assert.Contains(dom.QuerySelectorAll("p.message"), p => p.TextContent.Contains("<script>document.title='pwned'</script>", StringComparison.Ordinal));
        var crop = dom.QuerySelector("figure.crop");
        Assert.NotNull(crop);
        Assert.StartsWith("data:image/png;base64,", crop.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.NotNull(crop.QuerySelector("div.box"));
        Assert.NotEmpty(dom.QuerySelectorAll("article.finding.sev-error"));
        Assert.Contains(dom.QuerySelectorAll("#pairs table.pairs td"), td => td.TextContent == "-3.5");

        var shot = folder.File("shot.png");
        Chromium.Run(page, "--screenshot=" + shot);
        var png = File.ReadAllBytes(shot);
        Assert.Equal(1280, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.True(png.Length > 50_000, $"expected a rendered page, found a {png.Length}-byte screenshot");
    }
}
