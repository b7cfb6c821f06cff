using Extraction.Generator.Build;
using Extraction.Generator.Mutation;
using Extraction.Generator.Truth;

namespace Extraction.Generator;

/// <summary>A set of generated documents for one seed: every third document is a clean copy (printed values differ from
/// the exact ones only by rounding), the others carry one planted error aimed at the relation kinds in turn.</summary>
public static class GeneratedSet
{
    public static IReadOnlyList<GeneratedDocument> Build(int seed, int count)
    {
        var result = new List<GeneratedDocument>();
        var turn = 0;
        for (var i = 0; i < count; i++)
        {
            var doc = ReportGenerator.Generate(seed, i);
            Planted? planted = null;
            if (i % 3 != 0)
            {
                var kinds = Planter.TargetKinds(doc);
                var draw = new Draw(unchecked((seed * 31) + (i * 101) + 5));
                for (var k = 0; k < kinds.Count && planted is null; k++)
                {
                    if (Planter.Plant(doc, kinds[(turn + k) % kinds.Count], draw) is { } p)
                    {
                        (doc, planted) = p;
                    }
                }

                turn++;
            }

            result.Add(new GeneratedDocument(i, doc, planted, TruthJson.Write(doc, seed, i, planted)));
        }

        return result;
    }
}
