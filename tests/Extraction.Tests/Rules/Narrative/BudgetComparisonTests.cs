using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>决算数大于/小于/等于/与…持平 预算数 against the two amounts stated, and 完成年初预算的p% against Y / X.</summary>
public sealed class BudgetComparisonTests
{
    private readonly BudgetComparisonCheck _comparison = new();
    private readonly BudgetCompletionCheck _completion = new();

    [Theory]
    [InlineData("年初预算为135.90万元，支出决算为135.25万元。决算数小于预算数的主要原因：项目进度调整。")]
    [InlineData("年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平。")]
    [InlineData("年初预算为258.50万元，支出决算为258.50万元。决算数与预算数持平。")]
    [InlineData("年初预算为100.00万元，支出决算为120.00万元，决算数超过预算数的主要原因：追加任务。")]
    [InlineData("全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%。决算数小于全年预算数的主要原因：人员变动。")]
    // 年初 0 and 全年 321.02: "小于预算数" holds against the 全年 budget.
    [InlineData("年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。决算数小于预算数的主要原因：人员经费支出数小于预算数。")]
    // 基本持平 tolerates a small difference.
    [InlineData("年初预算为100.00万元，支出决算为98.50万元。决算数与预算数基本持平。")]
    // Equal printed amounts may differ below the printed precision: "大于" is not contradicted.
    [InlineData("年初预算为80.38万元，支出决算为80.38万元。决算数大于预算数的主要原因：略有追加。")]
    // A comparison with last year is not a comparison with the budget.
    [InlineData("年初预算为0.95万元，支出决算为0.00万元。2024年度“三公”经费财政拨款支出决算数与2023年度持平。")]
    public void Comparisons_that_fit_are_silent(string text) => Assert.Empty(Alarms(_comparison, text));

    [Theory]
    [InlineData("年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数的主要原因：人员进出及退休变化。", Severity.Error)]
    [InlineData("年初预算为80.81万元，支出决算为80.38万元。决算数大于预算数的主要原因：预算按周全保障测算。", Severity.Error)]
    [InlineData("年初预算为62.29万元，支出决算为60.99万元。决算数等于预算数的主要原因：预算按周全保障测算。", Severity.Error)]
    [InlineData("年初预算为100.00万元，支出决算为99.80万元。决算数与预算数持平。", Severity.Warning)]
    [InlineData("年初预算为100.00万元，支出决算为120.00万元，决算数低于预算数的主要原因：追加任务。", Severity.Error)]
    [InlineData("年初预算为100.00万元，支出决算为80.00万元。决算数与预算数基本持平。", Severity.Warning)]
    public void Comparisons_the_amounts_contradict_are_reported(string text, Severity severity)
    {
        var f = Assert.Single(Alarms(_comparison, text));
        Assert.Equal("comparison_mismatch", f.Check);
        Assert.Equal(severity, f.Severity);
        Assert.Contains(f.Evidence, e => e.Quote.Contains("预算数", StringComparison.Ordinal));
        Assert.NotNull(f.Relation);
    }

    [Fact]
    public void Each_item_is_judged_against_its_own_amounts()
    {
        var text = "1、行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员变动。"
            + "2、信息化建设（项）。年初预算为135.90万元，支出决算为135.25万元。决算数大于预算数的主要原因：项目调整。";
        var f = Assert.Single(Alarms(_comparison, text));
        Assert.Equal(135.25m, f.Stated);
        Assert.Equal(135.90m, f.Computed);
    }

    [Theory]
    [InlineData("一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。")]
    [InlineData("全年预算为2.23万元，支出决算为2.22万元，完成全年预算数的99.55%。")]
    [InlineData("年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。")]
    [InlineData("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%。")]
    public void Completion_rates_that_fit_are_silent(string text) => Assert.Empty(Alarms(_completion, text));

    [Fact]
    public void A_completion_rate_that_misses_is_reported()
    {
        var f = Assert.Single(Alarms(_completion, "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的96.20%。"));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(98.20m, f.Computed);
    }

    [Theory]
    [InlineData("年初预算为1685.82万元，支出决算为1741.75万元，决算数大于预算数55.93万元，主要原因：追加任务。")]
    [InlineData("年初预算为100.00万元，支出决算为96.80万元，决算比年初预算减少3.20万元。")]
    // No budget amount: the budget is the outturn less the stated difference (1741.75 − 55.93 = 1685.82).
    [InlineData("支出决算为1741.75万元，完成年初预算的103.32%，决算数大于预算数55.93万元。")]
    public void Stated_differences_that_fit_are_silent(string text)
    {
        Assert.Empty(Alarms(_comparison, text));
        Assert.Empty(Alarms(_completion, text));
    }

    [Fact]
    public void A_stated_difference_the_amounts_contradict_is_a_comparison_mismatch()
    {
        var f = Assert.Single(Alarms(_comparison, "年初预算为1685.82万元，支出决算为1741.75万元，决算数大于预算数65.93万元，主要原因：追加任务。"));
        Assert.Equal("comparison_mismatch", f.Check);
        Assert.Equal(55.93m, f.Computed);
        // The wrong direction with an amount is one finding, the difference's.
        var g = Assert.Single(Alarms(_comparison, "年初预算为100.00万元，支出决算为96.80万元，决算数大于预算数3.20万元。"));
        Assert.Equal(-3.20m, g.Computed);
    }

    [Fact]
    public void A_completion_rate_against_a_budget_given_by_its_difference_is_checked()
    {
        var f = Assert.Single(Alarms(_completion, "支出决算为1741.75万元，完成年初预算的100%，决算数大于预算数55.93万元。"));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal(103.32m, f.Computed);
    }
}
