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
}
