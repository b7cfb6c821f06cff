using Extraction.Rules.Criteria;
using Extraction.Rules.Engine;
using Extraction.Rules.Rulebooks;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

public sealed class EngineTests
{
    [Fact]
    public void Bundled_rulebooks_load_and_use_only_known_shapes()
    {
        var books = RulebookLoader.Bundled();
        Assert.Contains(books, b => b.Id == "shenzhen-2020");
        Assert.Contains(books, b => b.Id == "zhanjiang-2019");
        Assert.Contains(books, b => b.Id == "zhanjiang-2020");
        Assert.Contains(books, b => b.Id == "national" && b.Grades.Count == 4);
        var shapes = new Extraction.Rules.Shapes.ShapeCatalog();
        Assert.All(books.SelectMany(b => b.Rules).SelectMany(r => r.Parts.Append(r)), r => Assert.NotNull(shapes.Find(r.Shape)));
    }

    [Theory]
    [InlineData("seed000", "shenzhen-2020")]
    [InlineData("seed001", "shenzhen-2020")]
    [InlineData("seed002", "zhanjiang-2019")]
    [InlineData("seed003", "zhanjiang-2020")]
    public void The_rulebook_is_selected_by_how_well_the_indicators_match(string seed, string book)
    {
        var context = SeedCorpus.Context(seed);
        var text = string.Concat(context.Document.Paragraphs.Select(p => p.Text));
        var selected = RulebookSelector.Select(RulebookLoader.Bundled(), context.ScoreTables[0].Indicators, text, context.Metadata.Year);
        Assert.Equal(book, selected?.Id);
    }

    [Fact]
    public void A_new_jurisdiction_is_a_new_yaml_file()
    {
        var book = RulebookLoader.Parse("""
            id: somewhere-2021
            rules:
              - indicator: 群众满意度
                shape: bands
                bands:
                  - { min: 90, points: 5 }
                  - { max: 90, points: 3 }
                inputs: { value: [满意度] }
              - indicator: 制度建设
                shape: qualitative
            """, "test");
        var context = Context(["满意度为93%。"], indicators: [Ind("群众满意度", 5, 3), Ind("制度建设", 5, 5)]);
        var assessments = new RuleEngine([book]).Assess(context);
        Assert.Equal(5m, assessments[0].Recomputed);
        Assert.Equal("somewhere-2021:bands", assessments[0].Rule);
        Assert.False(assessments[0].Derived);
        Assert.Null(assessments[1].Recomputed);
    }

    [Fact]
    public void Invalid_rulebooks_say_what_was_expected()
    {
        var ex = Assert.Throws<InvalidDataException>(() => RulebookLoader.Parse("id: x\nrules: []\n", "bad.yaml"));
        Assert.Contains("bad.yaml", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => RulebookLoader.Parse("id: [unclosed", "broken.yaml"));
    }

    [Fact]
    public void Without_a_matching_rulebook_the_rule_is_derived_from_the_criteria_text()
    {
        var context = Context(["采购执行率为60%。"], indicators:
        [
            Ind("采购情况", 1, 0.6m, "得分=采购执行率×1分，如实际采购金额大于采购计划金额，本项得0分。"),
            Ind("某某评价", 6, 4, "评价结果≥95%的，得6分；90%≤评价结果<95%的，得4分；评价结果<90%的，得2分。"),
        ]);
        var a = new RuleEngine([]).Assess(context);
        Assert.True(a[0].Derived);
        Assert.Equal("criteria:linear", a[0].Rule);
        Assert.Equal(0.6m, a[0].Recomputed);
        Assert.Equal("criteria:bands", a[1].Rule);
        Assert.Null(a[1].Recomputed);
    }

    [Theory]
    [InlineData("1.满意度≥95%的，得6分；⏎2. 90%≤满意度＜95%的，得4分；⏎3. 80%≤满意度＜90%的，得2分；⏎4. 满意度＜80%的，得1分。", 4)]
    [InlineData("使用率高于95%(含) 得3分, 90% (含) —95%的得1分, 低于90%的得0分。", 3)]
    [InlineData("结果=100%，得4分；100%>结果≥90%，得3分；90%>结果≥80%，得2分；80%>结果≥70%得1分，结果<70%，得0分。", 5)]
    [InlineData("1. 变动率≤-15%的，得3分；⏎2. 变动率≤-10%但是大于-15%的，得2分；⏎3. 变动率≤0但是大于-10%的，得1分；⏎4. 变动率>0的，不得分；", 4)]
    [InlineData("满意度≥95%得10分；90%（含）-95%得8分；80%（含）-90%得6分；80%以下得4分", 4)]
    public void Band_clauses_are_read_in_their_printed_forms(string criteria, int bands)
    {
        var parsed = CriteriaParser.Parse(criteria, 6, "指标");
        var group = Assert.Single(parsed.BandGroups);
        Assert.Equal(bands, group.Bands.Count);
        Assert.Empty(RuleTextDefects.Find(Ind("指标", parsed.BandGroups[0].Bands.Max(b => b.Band.Points), 0, criteria)));
    }

    [Fact]
    public void Two_defined_rates_make_two_band_groups()
    {
        var criteria = "1. “三公”经费控制率=“三公”经费实际支出数/“三公”经费预算安排数×100%⏎（1）“三公”经费控制率<90%的，得3分；⏎（2）90%≤“三公”经费控制率≤100%的，得2分；⏎（3）“三公”经费控制率>100%的，得0分。⏎2. 日常公用经费控制率=日常公用经费决算数/日常公用经费调整预算数×100%⏎(1) 日常公用经费控制率<90%的, 得3分;⏎(2) 90%≤日常公用经费控制率≤100%的, 得2分;⏎(3) 日常公用经费控制率>100%的, 得0分。";
        var parsed = CriteriaParser.Parse(criteria, 6, "公用经费控制率");
        Assert.Equal(2, parsed.BandGroups.Count);
        Assert.Equal("sum", parsed.Rule?.Shape);
        Assert.Empty(RuleTextDefects.Find(Ind("公用经费控制率", 6, 5, criteria)));
    }

    [Fact]
    public void Deduction_and_slope_clauses_are_derived()
    {
        Assert.Equal("deduction", CriteriaParser.Parse("全部按期完成得8分；一项重点工作没有完成扣4分，扣完为止。", 8, "x").Rule?.Shape);
        var slope = CriteriaParser.Parse("调整、调剂资金累计在本单位部门预算总规模10%以内的，得1分；超出10%的，超出一个百分点扣0.1分，直至1分扣完为止。", 1, "x").Rule;
        Assert.Equal("slope", slope?.Shape);
        Assert.Equal(0.1m, slope?.Per);
        Assert.Equal(10m, slope?.Threshold);
    }

    [Fact]
    public void A_weight_transfer_in_a_verifier_note_rescales_the_rule()
    {
        var book = RulebookLoader.Bundled().Single(b => b.Id == "zhanjiang-2019");
        var context = Context(["湛江市某局支出完成率为98.47%。"], indicators:
        [
            Ind("支出完成率", 4, 4.5m, note: "“资金下达合法性”指标2分值调整至“支出完成率”，故本项得分=4.5分"),
            Ind("资金下达合法性", 3, 1),
        ]);
        var a = new RuleEngine([book]).Assess(context);
        Assert.Equal(4.5m, a[0].Recomputed);
        Assert.Contains("4 → 6", a[0].Convention, StringComparison.Ordinal);
        Assert.Equal(-2m, WeightTransfers.Of(context.ScoreTables[0].Indicators)["资金下达合法性"]);
    }
}
