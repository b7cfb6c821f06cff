using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>Keys refined on generated misses: an organisation is the entity, not the measure; this year's words before
/// generic ones name the overall amount; 全年预算 is the adjusted budget.</summary>
public sealed class FactKeyTests
{
    [Fact]
    public void An_organisation_before_the_measure_is_the_entity()
    {
        var fact = Assert.Single(Facts(P("云岭州教育局自评得分87.70分。")));
        Assert.Equal("云岭州教育局", fact.Entity);
        Assert.Equal("自评", fact.Scope);
        Assert.Equal("总额", fact.Core);
    }

    [Fact]
    public void Two_organisations_totals_are_two_quantities()
    {
        Assert.Empty(Findings(P("东陵市民政局自评得分87.70分。"), P("嘉禾市教育局自评得分87.71分。")));
        Assert.Single(Findings(P("东陵市民政局自评得分87.70分。"), P("核减分数=自评得分-核查得分=87.71分-85.70分=2.01分。")));
    }

    [Fact]
    public void The_adjusted_budget_is_the_full_year_budget_a_formula_names()
    {
        var f = Assert.Single(Findings(P("全年调整后预算数5426.29万元，累计支出4528.87万元。"), P("预算执行率=全年执行数÷全年预算数×100%=4528.87÷5426.39×100%=83.46%。")));
        Assert.Equal(CheckNames.TextText, f.Check);
    }

    [Fact]
    public void The_initial_budget_is_not_the_full_year_budget()
    {
        Assert.Empty(Findings(P("年初预算数5426.29万元，累计支出4528.87万元。"), P("预算执行率=全年执行数÷全年预算数×100%=4528.87÷5426.39×100%=83.46%。")));
    }

    [Fact]
    public void An_evaluation_word_alone_leaves_the_score_to_the_sentence_subject()
    {
        // Two sections' scores, one digit apart: each is its section's, not one quantity "评价".
        Assert.Empty(Findings(P("财务与资产管理类指标分值21分，评价得分21.00分。"), P("履职效益类指标分值24分，评价得分20.00分。")));
    }

    [Fact]
    public void A_bare_rate_is_its_sections()
    {
        Assert.Empty(Findings(H("（一）投入指标（满分15分，得分14.00分）"), P("得分率93.33%。"), H("（三）产出指标（满分27分，得分25.47分）"), P("得分率94.33%。")));
        // Within one section the two are one rate said twice.
        Assert.Single(Findings(H("（一）投入指标（满分15分，得分14.00分）"), P("得分率93.33%。"), P("本部分得分率94.33%。")));
    }

    [Fact]
    public void This_years_spending_is_the_amount_executed_in_any_unit()
    {
        var f = Assert.Single(Findings(P("全年预算数87,202,198.01元，累计支出75,057,065.02元，预算执行率86.07%。"), P("同上年度比较，本年支出7505.72万元，上年同期为7184.46万元，增加321.26万元。")));
        Assert.Equal(CheckNames.TextText, f.Check);
    }

    [Fact]
    public void A_table_without_a_unit_is_read_in_the_unit_that_fits_its_measure()
    {
        // The narrative is in 元, the table in 万元 without saying so: 1478.47 is 1478.47万元, a slip of 1478.46万元.
        var table = TestDocs.Grid(["项目", "年初预算数", "全年预算数"], ["基本支出", "1478.47", "1591.28"]);
        var f = Assert.Single(Findings(P("2022年度年初预算数为57,621,047.82元，其中：基本支出14,784,623.26元。"), table));
        Assert.Equal(CheckNames.TextTable, f.Check);
        Assert.Empty(Findings(P("2022年度年初预算数为57,621,047.82元，其中：基本支出14,784,623.26元。"),
            TestDocs.Grid(["项目", "年初预算数", "全年预算数"], ["基本支出", "1478.46", "1591.28"])));
    }
}
