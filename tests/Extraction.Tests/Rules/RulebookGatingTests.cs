using Extraction.Rules.Engine;
using Extraction.Rules.Rulebooks;

namespace Extraction.Tests.Rules;

/// <summary>A local rulebook applies only when the document's indicator system matches it with confidence: the
/// region named, the year near, the weights its rules imply agreeing. Indicators of another region that share
/// Zhanjiang's names are scored by their own criteria.</summary>
public sealed class RulebookGatingTests
{
    private static readonly IReadOnlyList<Rulebook> Books = RulebookLoader.Bundled();

    [Fact]
    public void The_same_indicator_names_in_another_region_do_not_select_the_local_book()
    {
        var indicators = SeedCorpus.Context("seed003").ScoreTables[0].Indicators;

        Assert.Equal("zhanjiang-2020", RulebookSelector.Select(Books, indicators, "湛江市人力资源和社会保障局2020年度部门整体支出绩效自评报告", 2020)?.Id);
        Assert.Null(RulebookSelector.Select(Books, indicators, "某省某市人力资源和社会保障局2020年度部门整体支出绩效自评报告", 2020));
    }

    [Fact]
    public void Another_year_or_other_weights_do_not_select_it_either()
    {
        var indicators = SeedCorpus.Context("seed003").ScoreTables[0].Indicators;
        const string text = "湛江市人力资源和社会保障局部门整体支出绩效自评报告";

        Assert.Null(RulebookSelector.Select(Books, indicators, text, 2016));
        var reweighted = indicators.Select(i => i with { Weight = i.Weight + 1 }).ToArray();
        Assert.Null(RulebookSelector.Select(Books, reweighted, text, 2020));
    }
}
