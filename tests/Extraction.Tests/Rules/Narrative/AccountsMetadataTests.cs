using Extraction.Analysis.Metadata;
using Extraction.Model;
using Extraction.Results;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>A 部门决算/部门预算 is kind "other" (its narrative's 绩效自评 does not make it a self-assessment) and names its
/// department in its title or its 预算主管部门 line, not in a "单位名称 | 备注" column header.</summary>
public sealed class AccountsMetadataTests
{
    private static readonly MetadataExtractor Extractor = new();

    [Fact]
    public void Final_accounts_take_the_department_from_the_title_not_the_header_row()
    {
        var document = Doc(
            P("上海市普陀区财政局2024年度部门决算"), P("目录"),
            Grid(["序号", "单位名称", "备注"], ["1", "上海市普陀区财政局（本级）", ""]),
            P("绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分。"));
        var metadata = Extractor.Extract(document, []);
        Assert.Equal(DocumentKind.Other, metadata.Kind);
        Assert.Equal("上海市普陀区财政局", metadata.Department);
        Assert.Equal(2024, metadata.Year);
        Assert.Null(metadata.Evaluator);
    }

    [Fact]
    public void A_two_line_title_is_joined()
    {
        var metadata = Extractor.Extract(Doc(P("中共上海市普陀区委社会工作部2024年度"), P("部门决算"), P("目录"), P("编报绩效目标和绩效自评情况。")), []);
        Assert.Equal(DocumentKind.Other, metadata.Kind);
        Assert.Equal("中共上海市普陀区委社会工作部", metadata.Department);
    }

    [Fact]
    public void A_budget_titled_by_its_district_names_the_responsible_department()
    {
        var metadata = Extractor.Extract(Doc(P("上海市普陀区2026年区级部门预算"), P("预算主管部门：上海市普陀区司法局"), P("目录")), []);
        Assert.Equal(DocumentKind.Other, metadata.Kind);
        Assert.Equal("上海市普陀区司法局", metadata.Department);
        Assert.Equal(2026, metadata.Year);
    }

    [Fact]
    public void A_self_assessment_stays_a_self_assessment()
    {
        var metadata = Extractor.Extract(Doc(P("某某局2020年度部门整体支出绩效自评报告"), P("一、部门基本情况")), []);
        Assert.Equal(DocumentKind.SelfAssessment, metadata.Kind);
        Assert.Equal("某某局", metadata.Department);
    }

    [Fact]
    public void A_header_row_is_not_a_name()
    {
        var metadata = Extractor.Extract(Doc(P("情况说明"), Grid(["序号", "单位名称", "备注"], ["1", "某某中心", ""])), []);
        Assert.NotEqual("备注", metadata.Department);
    }
}
