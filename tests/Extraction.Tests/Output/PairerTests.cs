using Extraction.Output.Pairing;
using Extraction.Output.Reports;

namespace Extraction.Tests.Output;

public sealed class PairerTests
{
    [Theory]
    [InlineData("湛江市民政局", "民政局", true)]
    [InlineData("湛江市民政局", "湛江市 民政局（本级）", true)]
    [InlineData("湛江市民政局", "茂名市民政局", false)]
    [InlineData("深圳市盐田区盐田街道社区网格管理中心", "盐田街道社区网格管理中心", true)]
    [InlineData("湛江市城市管理局", "城市管理局", true)]
    [InlineData("城市管理局", "管理局", false)]
    [InlineData("湛江市民政局", "湛江市人力资源和社会保障局", false)]
    public void Matches_departments_by_normalised_name(string a, string b, bool same)
    {
        Assert.Equal(same, Pairer.SameDepartment(a, b));
        Assert.Equal(same, Pairer.SameDepartment(b, a));
    }

    [Fact]
    public void Pairs_self_assessment_and_verification_of_the_same_department_and_year()
    {
        var self = ReportMapper.From(SampleResults.SelfAssessment("/in/self.pdf", "湛江市民政局", 2019));
        var verification = ReportMapper.From(SampleResults.Verification("/in/v.html", "湛江市民政局", 2019));
        var otherYear = ReportMapper.From(SampleResults.SelfAssessment("/in/self2018.pdf", "湛江市民政局", 2018));
        var pair = Assert.Single(Pairer.Pair([otherYear, verification, self]));
        Assert.Same(self, pair.Self);
        var rate = pair.Rows.Single(r => r.VerifiedPath?[^1] == "1.预算执行率");
        Assert.Equal(9.5m, rate.SelfScore);
        Assert.Equal(6m, rate.VerifiedScore);
        Assert.Equal(-3.5m, rate.Difference);
        Assert.Equal("verification_only", pair.Rows.Single(r => r.VerifiedPath?[^1] == "服务对象满意度").Match);
        Assert.Equal("self_only", pair.Rows.Single(r => r.SelfPath?[^1] == "救助人数").Match);
    }

    [Fact]
    public void Fuzzy_names_match_when_wording_differs_slightly()
    {
        var self = ReportMapper.From(SampleResults.SelfAssessment("/in/self.pdf"));
        var verification = ReportMapper.From(SampleResults.Verification("/in/v.html")) is var v
            ? v with { Indicators = [v.Indicators[0] with { Path = ["决策", "编制", "预算编制的合理性"] }] }
            : null!;
        var row = Pairer.Rows(self, verification)[0];
        Assert.StartsWith("fuzzy:", row.Match, StringComparison.Ordinal);
        Assert.Equal("预算编制合理性", row.SelfPath![^1]);
    }

    [Fact]
    public void No_pair_without_matching_year() =>
        Assert.Empty(Pairer.Pair([
            ReportMapper.From(SampleResults.SelfAssessment("/in/s.pdf", "湛江市民政局", 2020)),
            ReportMapper.From(SampleResults.Verification("/in/v.html", "湛江市民政局", 2019)),
        ]));
}
