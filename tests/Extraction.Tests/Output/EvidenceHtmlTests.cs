using Extraction.Messages;
using Extraction.Output.Html;
using Extraction.Output.Reports;
using Extraction.Output.Tables;
using Extraction.Results;

namespace Extraction.Tests.Output;

/// <summary>Evidence in report.html: one crop per place (evidence in the same region share it), a red box on each
/// printed number, the relation beside the crops, and quotes with the numbers marked (escaped).</summary>
public sealed class EvidenceHtmlTests
{
    /// <summary>Crops by region like the real renderer (same region → the same image bytes), number marks as pixels.</summary>
    private sealed class RegionRenderer : IEvidenceRenderer
    {
        private readonly Dictionary<string, byte[]> _images = [];

        public EvidenceImage? Render(Report report, ReportEvidence evidence)
        {
            if (evidence.Box is not { } box)
            {
                return null;
            }

            var key = $"{evidence.Page} {box.Top}";
            if (!_images.TryGetValue(key, out var png))
            {
                _images[key] = png = [0x89, 0x50, 0x4E, 0x47, (byte)_images.Count];
            }

            return new EvidenceImage(png, 600, 100, new EvidencePixels(0, 10, 600, 80))
            {
                Marks = evidence.Marks?.Select(m => new EvidencePixels(m.Left, m.Top, m.Right - m.Left, m.Bottom - m.Top)).ToArray() ?? [],
            };
        }
    }

    private static Report Sample()
    {
        var paragraph = new Extraction.Model.BoundingBox(90, 150, 510, 250);
        var finding = new Finding("ratio_mismatch", Severity.Error, Msg.Of("finding.change_rate", ("stated", "206.52%"), ("computed", "184.24%")),
        [
            new Evidence(18, "上年18.40万元，本年52.30万元，比上年增长206.52%") { Box = paragraph, Number = "206.52", Marks = [new(440, 182, 472, 197)] },
            new Evidence(18, "上年18.40万元，本年52.30万元，比上年增长206.52%") { Box = paragraph, Number = "52.30", Marks = [new(322, 182, 359, 197)] },
            new Evidence(18, "上年18.40万元<script>") { Box = paragraph, Number = "18.40", Marks = [new(200, 182, 230, 197)] },
            new Evidence(2, "本年52.30万元（<b>合计</b>），2152.30万元") { Number = "52.30" },
        ])
        {
            Stated = 206.52m,
            Computed = 184.24m,
            Relation = Msg.Of("relation.computed", ("formula", "（52.30−18.40）÷18.40×100%"), ("computed", "184.24%"), ("stated", "206.52%")),
        };
        var result = SampleResults.SelfAssessment("/in/a.pdf") with { Findings = [finding] };
        return ReportMapper.From(result);
    }

    [Fact]
    public void Evidence_in_one_place_is_one_crop_with_a_box_on_each_number()
    {
        var report = Sample();
        var html = new ReportHtmlWriter(new RegionRenderer()).Render([new BatchEntry(report, "a.pdf.json")], []);
        var finding = html[html.IndexOf("ratio_mismatch", StringComparison.Ordinal)..];
        finding = finding[..finding.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Equal(1, Count(finding, "<figure class=\"crop\">"));
        Assert.Equal(3, Count(finding, "<div class=\"box\""));
        Assert.Contains("left:440px;top:182px;width:32px;height:15px", finding, StringComparison.Ordinal);
        Assert.Contains("<div class=\"other\"><p class=\"relation\">（52.30−18.40）÷18.40×100% = 184.24%，文中为206.52%</p>", finding, StringComparison.Ordinal);
        // The quote of the place is shown once, with its numbers marked; document text stays escaped.
        Assert.Contains("比上年增长<mark>206.52</mark>%", finding, StringComparison.Ordinal);
        Assert.Contains("上年<mark>18.40</mark>万元&lt;script&gt;", finding, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_without_a_crop_marks_its_number_but_not_inside_a_longer_one()
    {
        var html = new ReportHtmlWriter(null).Render([new BatchEntry(Sample(), "a.pdf.json")], []);
        Assert.Contains("本年<mark>52.30</mark>万元（&lt;b&gt;合计&lt;/b&gt;），2152.30万元", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_carries_the_number_and_its_boxes()
    {
        var json = ReportJson.Serialize(Sample());
        Assert.Contains("\"number\": \"206.52\"", json, StringComparison.Ordinal);
        Assert.Contains("\"marks\": [", json, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
