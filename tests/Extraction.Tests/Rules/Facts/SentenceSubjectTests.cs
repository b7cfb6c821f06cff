using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>The organisation a sentence opens with is what its later figures are of: two departments' shares of their
/// targets are two quantities (a real 预算执行 bulletin drew a false text_text_mismatch between them).</summary>
public sealed class SentenceSubjectTests
{
    [Fact]
    public void Two_departments_shares_are_two_quantities()
    {
        Assert.Empty(Findings(
            P("1-6月份全区一般公共预算收入累计完成61646万元，同比增长10.7%。其中税务部门完成28684万元，占任务数的56.4%，同比增长33.2%；财政部门完成32962万元，占任务数的56.3%，同比下降3.6%。")));
    }

    [Fact]
    public void One_department_s_share_printed_twice_is_still_one_quantity()
    {
        Assert.Single(Findings(
            P("税务部门完成28684万元，占任务数的56.4%，同比增长33.2%。"),
            P("税务部门完成28684万元，占任务数的65.4%，主要是增值税增收。")));
    }
}
