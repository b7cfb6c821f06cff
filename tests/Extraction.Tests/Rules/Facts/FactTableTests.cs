using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>The fact table: keys (measure, period, scope, category), units and provenance read from sentences,
/// headings and cells.</summary>
public sealed class FactTableTests
{
    [Fact]
    public void A_list_carries_its_year_scope_and_category_over_the_counts()
    {
        var facts = Facts(P("2021年计划一类赛9个赛事36个赛项。"));
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal("2021", f.Period));
        Assert.All(facts, f => Assert.Equal("计划", f.Scope));
        Assert.All(facts, f => Assert.Equal("一类赛", f.Category));
        Assert.Equal(["赛事", "赛项"], facts.Select(f => f.Measure));
    }

    [Fact]
    public void Counts_in_periods_and_person_times_share_the_training_measure()
    {
        var facts = Facts(P("2022年计划培训6期120人次。"));
        Assert.Equal(["期", "人次"], facts.Select(f => f.Unit));
        Assert.All(facts, f => Assert.Equal("培训", f.Core));
        Assert.All(facts, f => Assert.Equal("2022", f.Period));
    }

    [Fact]
    public void A_cell_takes_its_key_from_row_and_column_headers_and_its_unit_from_the_header()
    {
        var table = TestDocs.Grid(["项目", "预算数（元）", "决算数（元）"], ["工会经费", "360,000.00", "361,800.00"]);
        var facts = Facts(P("表1 支出明细表"), table);
        var cell = facts.Single(f => f.Value == 361_800m);
        Assert.Equal("工会经费", cell.Measure);
        Assert.Equal("决算", cell.Scope);
        Assert.Equal("元", cell.Unit);
        Assert.Equal(361_800m, cell.ValueYuan);
        Assert.Equal("cell", cell.Origin);
        Assert.Equal("表1支出明细表", cell.TableTitle);
        Assert.Equal(new Extraction.Results.CellRef(0, 1, 2), cell.Evidence.Cell);
    }

    [Fact]
    public void Parts_after_qizhong_belong_to_the_whole_before_it()
    {
        var facts = Facts(P("本年支出合计100.00万元，其中：基本支出60.00万元，项目支出40.00万元。"));
        var whole = facts.Single(f => f.Value == 100m);
        Assert.Null(whole.PartOf);
        Assert.All(facts.Where(f => f.Value != 100m), f => Assert.Equal(whole.Id, f.PartOf));
    }

    [Fact]
    public void A_heading_with_an_amount_is_a_heading_fact()
    {
        var facts = Facts(H("（五）信息化运维（项）54.20万元"));
        var f = Assert.Single(facts);
        Assert.Equal("heading", f.Origin);
        Assert.Equal("信息化运维", f.Measure);
    }

    [Fact]
    public void Changes_and_earlier_years_are_qualified_apart()
    {
        var facts = Facts(P("2023年差旅费支出18.46万元，比上年增加2.10万元，上年支出16.36万元。"));
        Assert.Equal("2023", facts[0].Period);
        Assert.Equal("变动", facts[1].Scope);
        Assert.Equal("上年", facts[2].Period);
    }

    [Theory]
    // Points after a bound or a range in one clause are a scoring band: every number of it is a rule's parameter.
    [InlineData("达到95%及以上的得满分4分，90%-95%（含90%）得3.20分，80%以下得1.60分。")]
    [InlineData("满意度≥95%得5分；80%（含）-90%得3分。")]
    public void A_scoring_band_is_a_rule_not_quantities(string text)
    {
        var facts = Facts(P(text));
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal("阈值", f.Category));
    }

    [Theory]
    // A stated value and the score it earned are quantities of the document.
    [InlineData("满意度为85%，得1.60分。")]
    [InlineData("满意度85%得1.60分。")]
    public void A_value_and_its_score_are_quantities(string text)
    {
        var facts = Facts(P(text));
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.NotEqual("阈值", f.Category));
    }

    [Fact]
    public void An_expense_subject_and_what_it_pays_for_share_a_core()
    {
        Assert.Equal(Facts(P("邮电费支出5.89万元。"))[0].Core, Facts(P("通讯邮寄费用5.89万元。"))[0].Core);
        Assert.Equal(Facts(P("物业管理费7.17万元。"))[0].Core, Facts(P("物业服务费用7.17万元。"))[0].Core);
        Assert.Equal(Facts(P("税金及附加费用支出13.73万元。"))[0].Core, Facts(P("税费13.73万元。"))[0].Core);
        // The vehicle subject is not 维修（护）费, though its name says 维护.
        Assert.NotEqual(Facts(P("公务用车运行维护费3.20万元。"))[0].Core, Facts(P("维修费3.20万元。"))[0].Core);
    }

    [Fact]
    public void A_header_verb_after_its_object_is_dropped_like_a_leading_one()
    {
        var table = TestDocs.Grid(["指标名称", "实际完成值"], ["信访受理件数（件）", "451"], ["宣传资料发放数量（份）", "7389"]);
        var facts = Facts(P("受理群众来信来访451件，发放宣传资料7389份。"), table);
        Assert.Equal("信访", facts.Single(f => f.Origin == "cell" && f.Unit == "件").Core);
        Assert.Equal("群众信访", facts.Single(f => f.Origin == "text" && f.Unit == "件").Core);
        Assert.Equal(facts.Single(f => f.Origin == "text" && f.Unit == "份").Core, facts.Single(f => f.Origin == "cell" && f.Unit == "份").Core);
    }
}
