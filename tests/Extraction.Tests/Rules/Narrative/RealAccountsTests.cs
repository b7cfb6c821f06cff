using Extraction.Reading;
using Extraction.Results;
using Extraction.Tests.Corpus;
using Xunit.Abstractions;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>The real 部门决算/预算 PDFs of corpus/realdocs through the real pipeline: the alarms (warnings and errors) are
/// exactly the inconsistencies listed here, each verified by hand against the printed text.</summary>
public sealed class RealAccountsTests(ITestOutputHelper output)
{
    private DocumentResult Process(string name)
    {
        var result = Extraction.Cli.Composition.Pipeline().Process(new SourceFile(RepositoryPaths.Combine("corpus", "realdocs", name)), CancellationToken.None);
        foreach (var f in result.Findings)
        {
            output.WriteLine($"{f.Severity} {f.Check} stated {f.Stated} computed {f.Computed}: {f.Message}");
        }

        return result;
    }

    private static (string, decimal?, decimal?)[] Alarms(DocumentResult result) =>
        result.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => (f.Check, f.Stated, f.Computed)).Order().ToArray();

    /// <summary>Alarms raised from the narrative (their first evidence is not a table cell); the amount-table checks' own
    /// findings on these documents are theirs to list.</summary>
    private static (string, decimal?, decimal?)[] NarrativeAlarms(DocumentResult result) =>
        result.Findings.Where(f => f.Severity >= Severity.Warning && f.Evidence is not [{ Cell: not null }, ..])
            .Select(f => (f.Check, f.Stated, f.Computed)).Order().ToArray();

    [Fact]
    public void The_doctored_final_accounts_give_each_planted_narrative_error_and_no_other_narrative_alarm()
    {
        var result = Process("shanghai-putuo-finance-2024-final-accounts.doctored.pdf");
        (string, decimal?, decimal?)[] planted =
        [
            // "收入支出总计0万元" while the 收入支出决算总表 prints 总计 2,995.39 …
            ("text_table_mismatch", 0m, 2995.39m),
            // … which also breaks "减少56.95万元，下降1.87%" (56.95 / (0 + 56.95) = 100 %; with 2995.39 it is 1.87 %).
            ("ratio_mismatch", 1.87m, 100.01m),
            // "一般公共服务支出（类）2106.66万元，占71.73%" of 2940.05: 71.65 %.
            ("ratio_mismatch", 71.73m, 71.65m),
            // "年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数".
            ("comparison_mismatch", 1511.89m, 1560.05m),
            // "年初预算为80.81万元，支出决算为80.38万元。决算数大于预算数".
            ("comparison_mismatch", 80.38m, 80.81m),
            // "年初预算为62.29万元，支出决算为60.99万元。决算数等于预算数".
            ("comparison_mismatch", 60.99m, 62.29m),
            // "第三部分上海市普陀区财政局2023年度部门决算情况说明" in the 2024 决算.
            ("year_mismatch", 2023m, 2024m),
            // "截至2023年12月31日" in the 2024 决算 (the clean 2024 决算 of another department says 2024).
            ("year_mismatch", 2023m, 2024m),
        ];
        Assert.Equal(planted.Order().ToArray(), NarrativeAlarms(result));
    }

    [Fact]
    public void The_clean_final_accounts_give_no_alarm()
    {
        Assert.Empty(Alarms(Process("shanghai-putuo-social-work-2024-final-accounts.pdf")));
    }

    [Fact]
    public void The_published_budget_gives_only_its_three_genuine_rate_errors()
    {
        var result = Process("shanghai-putuo-justice-2026-dept-budget.pdf");
        (string, decimal?, decimal?)[] genuine =
        [
            // "其他司法支出…2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%":
            // 3845.49 / 43269.3 − 1 = −91.11 % (3269.3 would give 17.62 %: a digit too many).
            ("ratio_mismatch", 17.62m, -91.11m),
            // "住房公积金（01项）208.8万元…2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，比…增加5.27%":
            // 201.50 / 198.34 − 1 = 1.59 % (the heading's 208.8 gives 5.27 %).
            ("ratio_mismatch", 5.27m, 1.59m),
            // "职业年金缴费支出…77.99万元…91.97万元，比2025年预算执行数增加17.66%": 17.93 % (17.66 % is the line above's rate).
            ("ratio_mismatch", 17.66m, 17.93m),
        ];
        Assert.Equal(genuine.Order().ToArray(), NarrativeAlarms(result));
    }

    [Theory]
    [InlineData("shanghai-putuo-social-work-2024-final-accounts.pdf", "收入支出", 307.82)]
    [InlineData("shanghai-putuo-social-work-2024-final-accounts.pdf", "基本支出", 105.58)]
    [InlineData("shanghai-putuo-social-work-2024-final-accounts.pdf", "人员经费", 95.36)]
    [InlineData("shanghai-putuo-finance-2024-final-accounts.doctored.pdf", "财政拨款收入支出", 2961.68)]
    [InlineData("shanghai-putuo-finance-2024-final-accounts.doctored.pdf", "一般公共财政拨款基本支出", 2336.91)]
    [InlineData("shanghai-putuo-social-work-2024-final-accounts.pdf", "财政拨款收入支出", 307.82)]
    [InlineData("shanghai-putuo-justice-2026-dept-budget.pdf", "收入", 96282213.44)]
    public void The_real_tables_give_the_totals_the_narrative_is_held_against(string name, string measure, double printed)
    {
        // The fact table keys a total row's cells by the table's subject (合计 of 一般公共预算财政拨款支出决算表) or the row's
        // name (人员经费合计): the keys a narrative total is linked by.
        var facts = Process(name).Facts.Where(f => f.Total && f.Measure == measure).ToArray();
        Assert.NotEmpty(facts);
        Assert.Contains(facts, f => f.Value == (decimal)printed);
    }

    [Theory]
    [InlineData("shanghai-putuo-finance-2024-final-accounts.doctored.pdf", "上海市普陀区财政局", 2024)]
    [InlineData("shanghai-putuo-social-work-2024-final-accounts.pdf", "中共上海市普陀区委社会工作部", 2024)]
    [InlineData("shanghai-putuo-justice-2026-dept-budget.pdf", "上海市普陀区司法局", 2026)]
    public void Accounts_and_budgets_are_kind_other_with_their_department(string name, string department, int year)
    {
        var metadata = Extraction.Cli.Composition.Pipeline().Process(new SourceFile(RepositoryPaths.Combine("corpus", "realdocs", name)), CancellationToken.None).Metadata;
        Assert.Equal(DocumentKind.Other, metadata.Kind);
        Assert.Equal(department, metadata.Department);
        Assert.Equal(year, metadata.Year);
    }
}
