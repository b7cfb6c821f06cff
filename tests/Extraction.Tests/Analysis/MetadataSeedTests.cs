using Extraction.Analysis.Metadata;
using Extraction.Analysis.ScoreTables;
using Extraction.Model;

namespace Extraction.Tests.Analysis;

/// <summary>Metadata of the four seeds against the truth files' "metadata", "stated_total" and "grade".</summary>
public sealed class MetadataSeedTests
{
    [Theory]
    [InlineData("seed000")]
    [InlineData("seed001")]
    [InlineData("seed002")]
    [InlineData("seed003")]
    public void Kind_department_year_evaluator_total_and_grade_match_the_truth(string id)
    {
        var document = SeedDocuments.Load(id);
        var metadata = new MetadataExtractor().Extract(document, new ScoreTableExtractor().Extract(document));
        using var truth = TruthFile.Load(id);
        var expected = truth.RootElement.GetProperty("metadata");

        Assert.Equal(TruthFile.Text(expected, "report_type"), metadata.Kind);
        Assert.Equal(TruthFile.Text(expected, "department"), metadata.Department);
        Assert.Equal((int?)TruthFile.Number(expected, "year"), metadata.Year);
        Assert.Equal(TruthFile.Text(expected, "evaluator"), metadata.Evaluator);
        Assert.Equal(TruthFile.Number(truth.RootElement, "stated_total"), metadata.StatedTotal?.Value);
        Assert.Equal(TruthFile.Text(truth.RootElement, "grade"), metadata.StatedGrade);
    }

    [Fact]
    public void Narrative_total_and_grade_are_read_when_no_table_prints_them()
    {
        var document = SeedDocuments.Of(
            new Paragraph("关于某某县农业农村局2021年度项目支出绩效评价报告", Provenance.OnPage(1), 1),
            new Paragraph("受某某县财政局委托，某某会计师事务所（特殊普通合伙）对该项目开展绩效评价。", Provenance.OnPage(1)),
            new Paragraph("评价指标体系总分为100分。经评价，该项目综合得分为78.5分，评价等级为“中”。", Provenance.OnPage(2)));

        var metadata = new MetadataExtractor().Extract(document, []);

        Assert.Equal("project_evaluation", metadata.Kind);
        Assert.Equal(2021, metadata.Year);
        Assert.Equal("某某会计师事务所（特殊普通合伙）", metadata.Evaluator);
        Assert.Equal(78.5m, metadata.StatedTotal?.Value);
        Assert.Equal("中", metadata.StatedGrade);
        Assert.Equal(2, metadata.GradeEvidence?.Page);
    }

    [Fact]
    public void A_verification_reports_grade_is_the_verifiers_and_the_self_grade_stays_with_the_self_total()
    {
        var document = SeedDocuments.Of(
            new Paragraph("白河县民政局2022年度部门整体支出绩效自评核查报告", Provenance.OnPage(1), 1),
            new Paragraph("白河县民政局自评得分80.55分，自评等级为“良”；经核查，核查得分78.91分，核查等级为“中”。", Provenance.OnPage(2)));

        var metadata = new MetadataExtractor().Extract(document, []);

        Assert.Equal("中", metadata.StatedGrade);
        Assert.Equal("中", metadata.NarrativeGrade);
        var self = Assert.Single(metadata.NarrativeColumnTotals, c => c.Column == "self");
        Assert.Equal(80.55m, self.Total?.Value);
        Assert.Equal("良", self.Grade);
        Assert.Contains("良", self.GradeEvidence?.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_assessments_grade_is_the_first_stated()
    {
        var document = SeedDocuments.Of(
            new Paragraph("某某局2023年度部门整体支出绩效自评报告", Provenance.OnPage(1), 1),
            new Paragraph("经自评，某某局综合得分为76.43分，评价等级为“中”。上年度评价等级为“良”。", Provenance.OnPage(2)));

        Assert.Equal("中", new MetadataExtractor().Extract(document, []).StatedGrade);
    }
}
