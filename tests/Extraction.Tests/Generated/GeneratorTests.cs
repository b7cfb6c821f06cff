using Extraction.Generator;
using Extraction.Generator.Truth;

namespace Extraction.Tests.Generated;

/// <summary>The generator's promises: relations hold by construction in clean copies, every mention is placed, the same
/// seed gives the same documents, and each planted error breaks what its truth says it breaks.</summary>
public sealed class GeneratorTests
{
    private static readonly Lazy<IReadOnlyList<GeneratedDocument>> Set = new(() => GeneratedSet.Build(seed: 4242, count: 60));

    [Fact]
    public void Clean_copies_satisfy_every_relation_within_rounding()
    {
        foreach (var g in Set.Value.Where(g => g.Planted is null))
        {
            var failing = g.Document.Relations.Where(r => !RelationEvaluator.Holds(g.Document.Mentions, r)).Select(r => $"{r.Id} {r.Kind}").ToArray();
            Assert.True(failing.Length == 0, $"{g.Id}: relations that do not hold: {string.Join(", ", failing)}");
        }
    }

    [Fact]
    public void Every_mention_in_a_relation_is_printed_somewhere()
    {
        foreach (var g in Set.Value)
        {
            var unplaced = g.Document.Relations.SelectMany(r => r.Operands.Append(r.Result)).Where(m => g.Document.Mentions[m].At.Block < 0).ToArray();
            Assert.True(unplaced.Length == 0, $"{g.Id}: mentions never printed: {string.Join(", ", unplaced)}");
        }
    }

    [Fact]
    public void Planted_errors_break_what_the_truth_says_and_nothing_holds_falsely()
    {
        var mutated = Set.Value.Where(g => g.Planted is not null).ToList();
        Assert.True(mutated.Count >= 35, $"expected most non-clean documents to take a planted error, found {mutated.Count}");
        foreach (var g in mutated)
        {
            var p = g.Planted!;
            Assert.True(p.BrokenRelations.Count + p.BrokenGroups.Count > 0, $"{g.Id}: a planted error that breaks nothing");
            Assert.NotEqual(p.From, p.To);
            Assert.Equal(p.To, g.Document.Mentions[p.Mention].Text);
            foreach (var id in p.BrokenRelations)
            {
                Assert.False(RelationEvaluator.Holds(g.Document.Mentions, g.Document.Relations.Single(r => r.Id == id)), $"{g.Id}: {id} said broken but holds");
            }

            Assert.NotEmpty(p.Checks);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_truth_and_another_seed_does_not()
    {
        var again = GeneratedSet.Build(seed: 4242, count: 10);
        Assert.Equal(Set.Value.Take(10).Select(g => g.Truth), again.Select(g => g.Truth));
        var other = GeneratedSet.Build(seed: 4243, count: 10);
        Assert.NotEqual(again.Select(g => g.Truth), other.Select(g => g.Truth));
    }

    [Fact]
    public void Every_kind_and_many_relation_kinds_are_made()
    {
        var genres = Set.Value.Select(g => g.Document.Kind).ToHashSet();
        Assert.Equal(ReportGenerator.Kinds.Order(StringComparer.Ordinal), genres.Order(StringComparer.Ordinal));
        var kinds = Set.Value.SelectMany(g => g.Document.Relations.Select(r => r.Kind)).ToHashSet();
        string[] expected = ["sum", "weight_sum", "score_total", "subtotal", "share", "rate", "section_rate", "change_rate", "average", "formula", "rescore", "score_bound", "grade"];
        var absent = expected.Where(k => !kinds.Contains(k)).ToArray();
        Assert.True(absent.Length == 0, "relation kinds never made: " + string.Join(", ", absent));
        var frameworks = Set.Value.Select(g => g.Document.Framework).ToHashSet();
        Assert.True(frameworks.Count >= 6, "frameworks drawn: " + string.Join(", ", frameworks));
    }
}
