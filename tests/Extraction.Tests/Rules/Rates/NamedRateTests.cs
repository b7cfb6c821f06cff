using Extraction.Results;
using Extraction.Rules.Checks;
using Extraction.Rules.Checks.Rates;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Rates;

/// <summary>A named rate ("执行率", "折旧率", "控制率", "回收率", "及时率", "得分率", a formula's result) against the achieved
/// figure and the base the sentences before it state.</summary>
public sealed class NamedRateTests
{
    private readonly NamedRateCheck _check = new();

    [Theory]
    // Amounts: a year range before them is no figure.
    [InlineData("项目2021- 2024年共下达预算资金13534.70万元，实际执行12634.70万元，执行率 93.35%，主要原因是未支出完毕。")]
    // A rate after three amounts: 折旧 over 原值, the 总资产 is neither.
    [InlineData("2020年我局总资产为1301.12万元，其中固定资产原值1648.58万元，固定资产折旧362.27万元，折旧率为21.97%；无形资产13.25万元，无形资产折旧6.17万元，折旧率为46.57%；流动资产7.72万元。")]
    // Head counts over two sentences, with 其中 lists whose parts are also labelled 编制.
    [InlineData("2020年末我分局编制人数27人，其中公务员编制18人，老工勤及雇员编制9人。实有人数23人，其中公务员14人，老工勤3人，雇员6人。财政供养人员控制率为85%。我分局劳务派遣人员数量为19人，编外人员控制率为45%。")]
    // A formula restating the figures before it.
    [InlineData("截止2020年末，本单位编制总数7人，实有在编人数7人；使用劳务派遣人员人数（含直接聘用的编外人员）4人。财政供养人员控制率=7÷7×100%=100%，在编人员控制情况较好；编外人员控制率=4÷11×100%=36.36%，编外人员控制率偏高。")]
    [InlineData("日常公用经费年初预算安排183,421.03元，年度调整预算数为183,421.03元，实际支出数183,333.33元。日常公用经费控制率=183,333.33÷183,421.03×100%=99.95%，日常公用经费支出未超过预算数。")]
    // Counts of things: 应 is the base, 实际 / 当年 the achieved.
    [InlineData("省级集训基地只在2023年进行过补助，当年应补助91个集训基地，实际补助91个，发放及时率为 100% ；")]
    [InlineData("2021年应发放补贴赛项146项，当年发放49项，2021年补贴发放及时率为 33.56% ，2022年应发放补贴赛项101项，当年发放28项，2022年补贴发放及时率为 27.72% 。")]
    // 回收率: 发放 is the base; a list comma 、 does not cut the label.
    [InlineData("本次调研发放河南省职业技能竞赛主办方、承办方问卷108份。实际回收有效问卷108份，有效问卷回收率 100% ；")]
    // Scores: 得分 over 总分值; the counts of indicators are of another kind.
    [InlineData("过程指标包括2个二级指标以及5个三级指标，总分值25分，得分为11.47分，得分率为 45.88%")]
    public void Rates_their_figures_give_are_silent(string text) => Assert.Empty(Alarms(_check, text));

    [Theory]
    [InlineData("项目2021- 2024年共下达预算资金14534.70万元，实际执行12634.70万元，执行率 93.35%。", 86.93, "12634.70万元÷14534.70万元", Severity.Error)]
    [InlineData("2020年我局总资产为1301.12万元，其中固定资产原值1648.58万元，固定资产折旧462.27万元，折旧率为21.97%。", 28.04, "462.27万元÷1648.58万元", Severity.Error)]
    [InlineData("2020年末我分局编制人数28人，其中公务员编制18人，老工勤及雇员编制9人。实有人数23人，其中公务员14人，老工勤3人，雇员6人。财政供养人员控制率为85%。", 82.14, "23人÷28人", Severity.Error)]
    [InlineData("截止2020年末，本单位编制总数8人，实有在编人数7人；使用劳务派遣人员人数4人。财政供养人员控制率=7÷7×100%=100%，在编人员控制情况较好。", 87.50, "7人÷8人", Severity.Error)]
    [InlineData("日常公用经费年初预算安排183,421.03元，年度调整预算数为183,421.03元，实际支出数183,833.33元。日常公用经费控制率=183,333.33÷183,421.03×100%=99.95%。", 100.22, "183,833.33元÷183,421.03元", Severity.Warning)]
    [InlineData("当年应补助92个集训基地，实际补助91个，发放及时率为 100% ；", 98.91, "91个÷92个", Severity.Warning)]
    [InlineData("本次调研发放主办方、承办方问卷108份。实际回收有效问卷107份，有效问卷回收率 100% ；", 99.07, "107份÷108份", Severity.Warning)]
    [InlineData("过程指标包括2个二级指标以及5个三级指标，总分值25分，得分为11.74分，得分率为 45.88%", 46.96, "11.74分÷25分", Severity.Warning)]
    public void A_rate_its_figures_do_not_give_is_reported_with_both_figures(string text, double computed, string relation, Severity severity)
    {
        var f = Assert.Single(Alarms(_check, text));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal((decimal)computed, f.Computed);
        Assert.StartsWith(relation, f.Relation.En(), StringComparison.Ordinal);
        foreach (var figure in relation.Split("÷"))
        {
            Assert.Contains(f.Evidence, e => e.Quote.Contains(figure, StringComparison.Ordinal));
        }

        // By the gap between the intervals: 91 / 92 = 98.91 % is within a point of 100 % read as [99.5, 100.5].
        Assert.Equal(severity, f.Severity);
    }

    [Theory]
    // Counts of different things (赛事, 赛项) are no pair; the second count of a clause shares its words (计划).
    [InlineData("2021年计划安排补贴26个赛事146个赛项，实际补贴131个赛项，偏差率为10.27%。")]
    [InlineData("2021年一次性竞赛当年计划安排补贴26个赛事146个赛项，其中：第一届省赛45个赛项，一类赛9个赛事34个赛项，实际补贴完成131个赛项，偏差率=（1-131/146）×100%=10.27%，依据评分规则，要点①得1.80分")]
    public void A_deviation_rate_is_the_shortfall_from_its_base(string text) => Assert.Empty(Alarms(_check, text));

    [Fact]
    public void A_deviation_rate_its_counts_do_not_give_is_reported()
    {
        var f = Assert.Single(Alarms(_check, "2021年计划安排补贴26个赛事146个赛项，实际补贴121个赛项，偏差率为10.27%。"));
        Assert.Equal(17.12m, f.Computed);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("|1−121个÷146个|×100% = 17.12%，文中为10.27%", f.Relation.Zh());
    }

    [Fact]
    public void Every_stated_pair_must_miss_before_a_rate_is_reported()
    {
        // 23 / 27 gives 85 %; 23 / 18 and 23 / 9 (the 编制 of the parts) do not, and need not.
        Assert.Empty(Alarms(_check, "编制人数27人，其中公务员编制18人，老工勤及雇员编制9人。实有人数23人。财政供养人员控制率为85%。"));
        // Either budget may be the one meant.
        Assert.Empty(Alarms(_check, "年初预算100万元，调整后预算120万元，实际支出110万元，执行率为91.67%。"));
    }

    [Theory]
    // No figure says it is the base.
    [InlineData("我分局劳务派遣人员数量为19人，编外人员控制率为45%。")]
    [InlineData("满意度调查发放问卷100份，满意率为95%。")]
    // Achieved and base of different kinds.
    [InlineData("计划完成项目10个，实际支出90万元，完成率为50%。")]
    // A formula at odds with its own result is the formula check's.
    [InlineData("本单位编制总数8人，实有在编人数7人；财政供养人员控制率=7÷7×100%=90%。")]
    // The two-amount clause is the share check's.
    [InlineData("预算金额548.06万元，决算金额511.05万元，预算执行完成率为95.25%。")]
    // Figures stated before an earlier rate belong to it.
    [InlineData("下达预算100万元，实际执行90万元，执行率90%；项目完成率为80%。")]
    // Change rates, averages and lists are other checks' shapes.
    [InlineData("上年预算100万元，本年预算110万元，实际支出90万元，增长率为20%。")]
    [InlineData("下达预算100万元，实际执行90万元，平均执行率为50%。")]
    public void Rates_without_a_confident_pair_are_not_judged(string text) => Assert.Empty(Alarms(_check, text));
}
