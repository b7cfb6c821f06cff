using Extraction.Generator.Build;
using Extraction.Generator.Kinds;
using Extraction.Generator.Mutation;
using Extraction.Generator.Truth;

namespace Extraction.Generator;

/// <summary>A set of <see cref="FactShapes"/> documents for one seed: document <c>i</c> is clean when <c>i % (shapes + 1) == 0</c>,
/// else it carries one planted error of shape <c>FactShapes.Names[i % (shapes + 1) - 1]</c>, so every shape is planted equally often
/// and every clean copy prints every shape (clean).</summary>
public static class ShapeSet
{
    public static IReadOnlyList<GeneratedDocument> Build(int seed, int count)
    {
        var result = new List<GeneratedDocument>();
        for (var i = 0; i < count; i++)
        {
            var documentSeed = unchecked((seed * 1_000_003) + (i * 7919) + 29);
            var draw = new Draw(documentSeed);
            var who = Identity.Draw(draw);
            var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"f{seed}-{i:0000}");
            var doc = FactShapes.Compose(new DocBuilder(draw), who, id);
            Planted? planted = null;
            var k = i % (FactShapes.Names.Count + 1);
            if (k != 0 && Planter.PlantShape(doc, FactShapes.Names[k - 1], new Draw(unchecked((seed * 31) + (i * 101) + 7))) is { } p)
            {
                (doc, planted) = p;
            }

            result.Add(new GeneratedDocument(i, doc, planted, TruthJson.Write(doc, seed, i, planted)));
        }

        return result;
    }
}
