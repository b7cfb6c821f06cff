using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>Shares of one named whole stated paragraph by paragraph, the whole not printed before them: when the
/// shares add up to 100 %, the parts make the whole and each share is held to it.</summary>
public sealed class SiblingShareTests
{
    private static Finding[] Run(params string[] paragraphs) => new SiblingShareCheck().Run(Context(paragraphs)).ToArray();

    private static readonly string[] Clean =
    [
        "项目支出预算 30000 元，占支出总预算的 3.00%，同比无增减变化。",
        "（一）教育支出类科目 600000.00 元，占支出总预算 60.00%，同比增加 10000.00 元。",
        "（二）社会保障和就业支出类科目 250000.00 元，占支出总预算 25.00 %，同比增加 5000.00 元。",
        "（三）卫生健康支出类科目 90000.00 元，占支出总预算 9.00%。",
        "（四）住房保障支出类科目 60000.00 元，占支出总预算 6.00%。",
    ];

    [Fact]
    public void Shares_that_make_up_their_whole_are_silent() => Assert.Empty(Run(Clean));

    [Fact]
    public void A_share_off_its_part_is_a_ratio_mismatch()
    {
        // Forced to add to 100: 9.00 and 6.00 printed as 8.50 and 6.50.
        var text = Clean.Select(p => p.Replace("9.00%", "8.50%", StringComparison.Ordinal).Replace("6.00%", "6.50%", StringComparison.Ordinal)).ToArray();
        var findings = Run(text).Where(f => f.Severity >= Severity.Warning).ToArray();
        Assert.Equal(2, findings.Length);
        Assert.All(findings, f => Assert.Equal("ratio_mismatch", f.Check));
        Assert.Equal([9.00m, 6.00m], findings.Select(f => f.Computed!.Value).Order().Reverse().ToArray());
    }

    [Fact]
    public void Shares_that_do_not_add_up_to_100_prove_no_whole()
    {
        // Only two of the four listed: no whole to hold them to.
        Assert.Empty(Run(Clean[1], Clean[2].Replace("25.00", "35.00", StringComparison.Ordinal), Clean[3]));
    }
}
