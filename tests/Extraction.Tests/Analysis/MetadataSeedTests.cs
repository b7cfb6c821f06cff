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
}
