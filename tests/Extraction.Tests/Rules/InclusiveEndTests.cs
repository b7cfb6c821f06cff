using Extraction.Rules.Criteria;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>"(含)" after a range's upper end makes that end the inclusive one and the lower end exclusive: "=0计3分；
/// 0-10%(含)计2分；10-20%(含)计1分" are bands that meet without overlapping (a real 评分表 drew three false
/// rule_text_defect warnings reading each as closed at both ends).</summary>
public sealed class InclusiveEndTests
{
    private const string Adjustment = "预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。";

    [Fact]
    public void Bands_marked_at_their_upper_end_do_not_overlap() =>
        Assert.Empty(RuleTextDefects.Find(Ind("预算调整率", 3, 3, Adjustment)));

    [Fact]
    public void Bands_that_do_overlap_are_still_a_defect() =>
        Assert.NotEmpty(RuleTextDefects.Find(Ind("预算调整率", 3, 3, "预算调整率=0,计3分;0-10%(含),计2分;5-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。")));
}
