using Extraction.Rules.Criteria;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>Item points in a 评分标准 ("1、…（2分）2、…（1分）") add up to the weight. An item's brackets may go on
/// after its points with a remark splitting them ("（2分，其中A1分，B1分）"): the item is 2 points, the remark's 1 and 1
/// are not further items (a real 自评表 drew a false rule_text_defect reading 1+1 against a weight of 4).</summary>
public sealed class ItemPointsTests
{
    private const string Criteria = "1、设置年度目标（2分，其中总体目标1分，分项目标1分，无分项的得2分）2、测算依据充分（1分）3、目标合理可行（1分）4、未设置目标的不得分";

    [Fact]
    public void An_item_with_a_remark_in_its_brackets_counts_once()
    {
        Assert.Equal([2m, 1m, 1m], CriteriaParser.Parse(Criteria, 4, "目标合理性").ItemPoints);
        Assert.Empty(RuleTextDefects.Find(Ind("目标合理性", 4, 4, Criteria)));
    }

    [Fact]
    public void Items_that_miss_the_weight_are_still_a_defect()
    {
        var defect = Assert.Single(RuleTextDefects.Find(Ind("目标合理性", 6, 4, Criteria)));
        Assert.Equal("2+1+1", defect.Message.Args["points"]);
        // Brackets that only explain ("（每项1分）" has no leading points of its own after a comma) stay as they were.
        Assert.Equal([1m, 1m], CriteriaParser.Parse("A（1分）B（1分）", 2, "x").ItemPoints);
    }
}
