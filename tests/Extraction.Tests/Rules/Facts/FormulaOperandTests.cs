using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>A printed formula's operands named by the formula's words are mentions of those quantities.</summary>
public sealed class FormulaOperandTests
{
    private const string Budget = "2022年全年预算数5426.29万元，全年执行数4528.87万元。";

    [Fact]
    public void Operands_named_by_the_formula_take_the_names_and_the_unit_of_their_measure()
    {
        var facts = Facts(P(Budget), P("预算执行率=全年执行数÷全年预算数×100%=4528.87÷5426.29×100%=83.46%。"));
        var operand = Assert.Single(facts, f => f.Origin == "formula" && f.Value == 5426.29m);
        Assert.Equal("万元", operand.Unit);
        Assert.True(operand.UnitAssumed);
        Assert.Null(operand.Category);
        Assert.Equal(facts.Single(f => f.Origin == "text" && f.Value == 5426.29m).Group, operand.Group);
    }

    [Fact]
    public void An_operand_misprinted_against_its_statement_is_a_text_text_mismatch()
    {
        var f = Assert.Single(Findings(P(Budget), P("预算执行率=全年执行数÷全年预算数×100%=4528.87÷5426.39×100%=83.46%。")));
        Assert.Equal(CheckNames.TextText, f.Check);
        Assert.Equal(5426.29m, f.Stated);
    }

    [Fact]
    public void Operands_with_their_own_units_are_read_so()
    {
        var f = Assert.Single(Findings(P("自评得分87.70分，核查得分85.70分。"), P("注：核减分数=自评得分-核查得分=87.71分-85.70分=2.00分。")));
        Assert.Equal(CheckNames.TextText, f.Check);
    }

    [Fact]
    public void A_formula_without_words_names_nothing()
    {
        var facts = Facts(P(Budget), P("预算执行率为4528.87÷5426.39×100%=83.46%。"));
        Assert.All(facts.Where(f => f.Origin == "formula" && f.Unit != "%"), f => Assert.Equal("算式", f.Category));
        Assert.Empty(Findings(P(Budget), P("预算执行率为4528.87÷5426.39×100%=83.46%。")));
    }
}
