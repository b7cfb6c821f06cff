using Extraction.Rules.Facts;
using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>The bundled learned linker: it loads, is deterministic, and links the reworded travel costs.</summary>
public sealed class LearnedLinkerTests
{
    [Fact]
    public void The_bundled_model_loads_and_scores_the_same_pair_the_same_way()
    {
        var linker = FactLinker.Learned();
        Assert.NotNull(linker);
        var facts = Facts(P("本年度差旅费支出18.46万元，主要用于调研。"), P("因公出差费用实际发生18.46万元。"));
        var first = linker.Link(facts);
        var second = linker.Link(facts);
        var link = Assert.Single(first.Links);
        Assert.Equal(link.Confidence, Assert.Single(second.Links).Confidence);
        Assert.True(link.Agree);
    }
}
