using Extraction.Analysis.Metadata;
using Extraction.Messages;
using Extraction.Results;
using Extraction.Tests.Corpus;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Analysis;

/// <summary>Document kinds and subkinds: 部门整体支出自评, 项目支出自评表, 绩效评价, 核查, 决算, 预算, and "not a report"
/// (README, notes, the tool's own report.html) with a reason; the department never from a 合计 cell.</summary>
public sealed class DocumentKindTests
{
    private static readonly MetadataExtractor Extractor = new();

    [Theory]
    [InlineData("某某局2020年度部门整体支出绩效自评报告", DocumentKind.SelfAssessment, DocumentSubkind.DepartmentSelfAssessment)]
    [InlineData("2023年度项目支出绩效自评表", DocumentKind.ProjectEvaluation, DocumentSubkind.ProjectSelfAssessment)]
    [InlineData("某某专项资金项目绩效评价报告", DocumentKind.ProjectEvaluation, DocumentSubkind.ProjectEvaluation)]
    [InlineData("湛江市民政局部门整体支出绩效自评核查报告", DocumentKind.Verification, DocumentSubkind.Verification)]
    [InlineData("上海市普陀区财政局2024年度部门决算", DocumentKind.Other, DocumentSubkind.FinalAccounts)]
    [InlineData("上海市普陀区2026年区级部门预算", DocumentKind.Other, DocumentSubkind.Budget)]
    [InlineData("某某中心2025年单位预算", DocumentKind.Other, DocumentSubkind.Budget)]
    public void Titles_give_kind_and_subkind(string title, string kind, string subkind)
    {
        var metadata = Extractor.Extract(Doc(P(title), P("一、基本情况"), P("本年支出合计1,234.56万元，比上年增长2.15%。")), []);
        Assert.Equal(kind, metadata.Kind);
        Assert.Equal(subkind, metadata.Subkind);
    }

    [Fact]
    public void A_readme_in_english_is_not_a_report()
    {
        var metadata = Extractor.Extract(Doc(
            P("# Extraction"),
            P("A C# pipeline reading Chinese budget-performance reports (部门整体支出绩效自评报告, 自评核查报告) and flagging inconsistencies."),
            P("Run ./extract check <file-or-folder> --out DIR; see docs/outputs.md for the files it writes."),
            P("Tests: dotnet test Extraction.sln")), []);
        Assert.Equal(DocumentKind.NotReport, metadata.Kind);
        Assert.Equal(DocumentSubkind.NotReport, metadata.Subkind);
        Assert.Equal(MessageCatalog.Default.Text("kind.reason_not_chinese", Language.Zh), metadata.KindReason);
    }

    [Fact]
    public void Chinese_notes_without_a_title_or_table_are_not_a_report()
    {
        var metadata = Extractor.Extract(Doc(P("会议记录"), P("今天讨论了预算执行进度，下周再议。"), P("参加人员：张三、李四。")), []);
        Assert.Equal(DocumentKind.NotReport, metadata.Kind);
        Assert.Equal(MessageCatalog.Default.Text("kind.reason_no_title", Language.Zh), metadata.KindReason);
    }

    [Theory]
    [InlineData(Language.Zh)]
    [InlineData(Language.En)]
    public void The_tools_own_report_is_not_a_report(Language language)
    {
        var title = MessageCatalog.Default.Text("ui.title", language);
        var metadata = Extractor.Extract(Doc(P(title), P("共3份文档，其中0份无法处理；发现的问题：错误 2"), P("自评与核查对照")), []);
        Assert.Equal(DocumentKind.NotReport, metadata.Kind);
        Assert.Equal(MessageCatalog.Default.Text("kind.reason_own_output", Language.Zh), metadata.KindReason);
    }

    [Fact]
    public void A_page_without_a_title_that_accounts_for_money_is_read()
    {
        // A web page's heading outside its text: the sentences still account for a budget's money.
        var metadata = Extractor.Extract(Doc(P("本单位本年“三公”经费支出合计12.40万元，比上年减少1.10万元。其中：公务接待费4.40万元，公务用车运行维护费8.00万元。")), []);
        Assert.NotEqual(DocumentKind.NotReport, metadata.Kind);
        // Two amounts, or money without a budget's words, are not enough.
        Assert.Equal(DocumentKind.NotReport, Extractor.Extract(Doc(P("会议记录"), P("今天讨论了预算执行进度，下周再议，涉及12.40万元和8.00万元。")), []).Kind);
        Assert.Equal(DocumentKind.NotReport, Extractor.Extract(Doc(P("购物清单"), P("电视3999元，冰箱2999元，洗衣机1999元。")), []).Kind);
    }

    [Fact]
    public void A_report_without_a_title_but_with_tables_is_still_read()
    {
        var metadata = Extractor.Extract(Doc(P("情况说明"), Grid(["项目", "金额"], ["人员经费", "12.00"])), []);
        Assert.NotEqual(DocumentKind.NotReport, metadata.Kind);
    }

    [Fact]
    public void The_department_is_never_a_total_row()
    {
        // A unit budget whose only "单位名称" pair is the total row of its table: no department rather than "合计".
        var metadata = Extractor.Extract(Doc(
            P("2026年单位预算"), P("目录"),
            Grid(["单位名称", "合计", "基本支出"], ["某某中心", "100.00", "80.00"])), []);
        Assert.NotEqual("合计", metadata.Department);
        var named = Extractor.Extract(Doc(
            P("2026年单位预算"), P("编制单位：上海市普陀区某某中心"),
            Grid(["单位名称", "合计", "基本支出"], ["某某中心", "100.00", "80.00"])), []);
        Assert.Equal("上海市普陀区某某中心", named.Department);
    }

    [Theory]
    [InlineData("corpus/realdocs/shanghai-putuo-finance-2024-final-accounts.doctored.pdf", DocumentSubkind.FinalAccounts, "上海市普陀区财政局")]
    [InlineData("corpus/realdocs/shanghai-putuo-social-work-2024-final-accounts.pdf", DocumentSubkind.FinalAccounts, "中共上海市普陀区委社会工作部")]
    [InlineData("corpus/realdocs/shanghai-putuo-justice-2026-dept-budget.pdf", DocumentSubkind.Budget, "上海市普陀区司法局")]
    [InlineData("corpus/realdocs/henan-skills-contest-2021-2024-project-evaluation.md", DocumentSubkind.ProjectEvaluation, null)]
    [InlineData("corpus/seeds/seed000.txt", DocumentSubkind.DepartmentSelfAssessment, "深圳市社会保险基金管理局大鹏分局")]
    [InlineData("corpus/seeds/seed003.html", DocumentSubkind.Verification, "湛江市人力资源和社会保障局")]
    [InlineData("README.md", DocumentSubkind.NotReport, null)]
    public void Real_documents_get_their_subkind(string path, string subkind, string? department)
    {
        var result = Extraction.Cli.Composition.Pipeline().Process(new Extraction.Reading.SourceFile(RepositoryPaths.Combine(path.Split('/'))), CancellationToken.None);
        Assert.Equal(subkind, result.Metadata.Subkind);
        if (department is not null)
        {
            Assert.Equal(department, result.Metadata.Department);
        }
    }
}
