using System.Text.Json;
using Extraction.Output.Reports;

namespace Extraction.Tests.Output;

public sealed class ReportJsonTests
{
    private static JsonElement Json(Extraction.Results.DocumentResult result) =>
        JsonDocument.Parse(ReportJson.Serialize(ReportMapper.From(result, "tool1"))).RootElement;

    [Fact]
    public void Writes_every_contract_field_with_contract_names()
    {
        var root = Json(SampleResults.SelfAssessment("/data/a.pdf"));
        Assert.Equal("extraction.report/v1", root.GetProperty("schema").GetString());
        Assert.Equal("schema", root.EnumerateObject().First().Name);
        var source = root.GetProperty("source");
        foreach (var name in new[] { "path", "sha256", "format", "pages" })
        {
            Assert.True(source.TryGetProperty(name, out _), name);
        }

        var document = root.GetProperty("document");
        foreach (var name in new[] { "kind", "department", "year", "evaluator", "stated_total", "stated_grade" })
        {
            Assert.True(document.TryGetProperty(name, out _), name);
        }

        Assert.Equal("self_assessment", document.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("evaluator").ValueKind);
        Assert.Equal(2019, document.GetProperty("year").GetInt32());

        var indicator = root.GetProperty("indicators")[1];
        Assert.Equal(["部门管理", "资金管理", "预算执行率"], indicator.GetProperty("path").EnumerateArray().Select(e => e.GetString()!).ToArray());
        foreach (var name in new[] { "weight", "score", "recomputed", "rule", "criteria", "page" })
        {
            Assert.True(indicator.TryGetProperty(name, out _), name);
        }

        Assert.Equal(JsonValueKind.Null, root.GetProperty("indicators")[2].GetProperty("recomputed").ValueKind);
        var figure = root.GetProperty("figures")[1];
        foreach (var name in new[] { "label", "value", "text", "unit", "page", "quote", "value_yuan" })
        {
            Assert.True(figure.TryGetProperty(name, out _), name);
        }

        var finding = root.GetProperty("findings")[0];
        Assert.Equal("average_mismatch", finding.GetProperty("check").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("score", finding.GetProperty("impact").GetString());
        Assert.Equal(4, finding.GetProperty("evidence")[0].EnumerateObject().Count(p => p.Name is "page" or "quote" or "box" or "cell"));
        var problem = root.GetProperty("problems")[0];
        Assert.Equal("tables", problem.GetProperty("stage").GetString());
        Assert.Equal("表 2 第 4 行缺少分值", problem.GetProperty("message").GetString());
    }

    [Fact]
    public void Numbers_are_json_numbers_written_exactly()
    {
        var text = ReportJson.Serialize(ReportMapper.From(SampleResults.SelfAssessment("/data/a.pdf")));
        var root = JsonDocument.Parse(text).RootElement;
        var figure = root.GetProperty("figures")[0].GetProperty("value");
        Assert.Equal(JsonValueKind.Number, figure.ValueKind);
        Assert.Equal("36.10", figure.GetRawText());
        Assert.Equal("96.13", root.GetProperty("document").GetProperty("stated_total").GetRawText());
        Assert.Equal("12345600", root.GetProperty("figures")[1].GetProperty("value_yuan").GetRawText());
        Assert.Equal("34.70", root.GetProperty("findings")[0].GetProperty("difference").GetRawText());
        Assert.Contains("湛江市民政局", text, StringComparison.Ordinal); // Chinese readable, not \u-escaped
    }

    [Fact]
    public void Round_trips_through_the_store_format()
    {
        var report = ReportMapper.From(SampleResults.SelfAssessment("/data/a.pdf"), "tool1");
        var again = ReportJson.Deserialize(ReportJson.Serialize(report));
        Assert.Equal(ReportJson.Serialize(report), ReportJson.Serialize(again));
        Assert.Equal(62.80m, again.Findings[0].Computed);
        Assert.Equal(105.5, again.Findings[0].Evidence[0].Box!.Top);
    }

    [Fact]
    public void Markup_in_document_text_is_escaped_in_json()
    {
        var text = ReportJson.Serialize(ReportMapper.From(SampleResults.SelfAssessment("/data/a.pdf", extraText: "<script>alert(1)</script>")));
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", JsonDocument.Parse(text).RootElement.GetProperty("document").GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
