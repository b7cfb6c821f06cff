using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Tests.Rules;

public sealed class TextScanningTests
{
    private static Passage P(string text) => new(text, new Evidence(1, text), false);

    [Fact]
    public void Numbers_carry_units_and_skip_dates_document_numbers_and_list_markers()
    {
        var q = NumberScanner.Scan(P("1. 2019年末存量资金57,981.03元，依据湛财预[2019]8号文，变动率 -81.31%，共5个"));
        Assert.Equal(["57,981.03元", "-81.31%", "5个"], q.Select(x => x.Printed));
        Assert.Equal(57981.03m, q[0].Value);
    }

    [Fact]
    public void A_minus_between_operands_is_not_a_sign()
    {
        var q = NumberScanner.Scan(P("（4061.98-2106.12）/2106.12"));
        Assert.Equal([4061.98m, 2106.12m, 2106.12m], q.Select(x => x.Value));
    }

    [Theory]
    [InlineData("(90.83+99.95)/2*5", 476.95)]
    [InlineData("183,333.33÷183,421.03×100%", 0.9995)]
    [InlineData("10846.93/(10680.42+821.71)×100%", 0.943)]
    [InlineData("−3+5", 2)]
    public void Expressions_evaluate_over_intervals(string text, decimal expected)
    {
        var r = ExpressionEvaluator.Evaluate(text);
        Assert.NotNull(r);
        Assert.True(Math.Abs(r.Value.Mid - expected) < 0.0005m, $"{text} = {r.Value}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("(1+2")]
    [InlineData("1/0")]
    [InlineData("实际/计划")]
    public void Unreadable_expressions_give_null(string text) => Assert.Null(ExpressionEvaluator.Evaluate(text));

    [Fact]
    public void Formulas_are_found_with_their_printed_result()
    {
        var found = FormulaScanner.Scan(P("1. 2019年预算差异数=（4061.98-2106.12）/2106.12*100%=92.86，得0分；编外人员控制率=4÷11×100%=36.36%")).ToArray();
        Assert.Equal(2, found.Length);
        Assert.Equal("92.86", found[0].Result.Text);
        Assert.False(found[0].ResultIsPercent);
        Assert.True(found[1].ResultIsPercent);
        Assert.True(found[1].Value.Value.Meets(FormulaScanner.ResultInterval(found[1], NumberReading.HalfUp)));
    }

    [Fact]
    public void Figures_run_into_a_worded_expressions_tail_are_a_formula_of_their_own()
    {
        // A scan lost the = between the worded formula and its figures: "…×100%3758.85÷4369.30×100%=86.05%".
        var found = Assert.Single(FormulaScanner.Scan(P("预算执行率=全年执行数÷全年预算数×100%3758.85÷4369.30×100%=86.05%。")));
        Assert.Equal("3758.85÷4369.30×100%", found.Expression);
        Assert.Equal(2, found.Value.Operands.Count(o => o.Value > 100));
        // Printed with its =, the same figures are read as before; a part that does not open with an operator, or
        // whose % is followed by no number, is no worded tail.
        Assert.Equal("3758.85÷4369.30×100%", Assert.Single(FormulaScanner.Scan(P("预算执行率=全年执行数÷全年预算数×100%=3758.85÷4369.30×100%=86.05%。"))).Expression);
        Assert.Null(FormulaScanner.FiguresAfterWords("100%3758.85÷4369.30"));
        Assert.Null(FormulaScanner.FiguresAfterWords("×100%"));
    }
}
