using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>A value one digit away from another mention is taken as a misprint of it only when the document does not
/// state both on purpose: a sentence that prints the other value beside it for the same measure ("支出X万元，年初预算为
/// Y万元") says they are two quantities.</summary>
public sealed class StatedBesideTests
{
    [Fact]
    public void A_budget_stated_beside_the_outturn_is_no_misprint_of_it()
    {
        Assert.Empty(Findings(
            P("2019年度本部门一般公共预算财政拨款安排的“三公”经费支出3.05万元，较上年减少0.40万元。"),
            P("2019年度本部门一般公共预算财政拨款安排的“三公”经费支出3.05万元，年初预算为3.95万元，差值为0.90万元。")));
    }

    [Fact]
    public void A_restatement_with_a_slip_is_still_a_conflict()
    {
        Assert.Single(Findings(
            P("2019年度本部门一般公共预算财政拨款安排的“三公”经费支出3.05万元，较上年减少0.40万元。"),
            P("2019年度本部门一般公共预算财政拨款安排的“三公”经费支出3.50万元，主要用于公务接待。")));
    }
}
