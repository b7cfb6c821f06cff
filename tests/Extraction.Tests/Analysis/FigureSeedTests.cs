using Extraction.Analysis.Figures;
using Extraction.Tests.Corpus;
using Xunit.Abstractions;

namespace Extraction.Tests.Analysis;

/// <summary>Figures of the four seeds (built in memory from their sources) against the truth files' "figures".</summary>
public sealed class FigureSeedTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("seed000")]
    [InlineData("seed001")]
    [InlineData("seed002")]
    [InlineData("seed003")]
    public void Truth_figures_are_found_with_label_value_and_unit(string id)
    {
        var set = new FigureExtractor().Extract(SeedDocuments.Load(id));
        using var truth = TruthFile.Load(id);
        var misses = new List<string>();

        var recall = TruthFigures.Recall(truth.RootElement.GetProperty("figures"), set.Figures, misses);

        var exact = TruthFigures.ExactRecall(truth.RootElement.GetProperty("figures"), set.Figures);
        var extraMisses = new List<string>();
        var extra = TruthFigures.Recall(truth.RootElement.GetProperty("extra_figures"), set.Figures, extraMisses);
        output.WriteLine($"{id}: recall {recall:P1} (exact label {exact:P1}), extra_figures recall {extra:P1}, {set.Figures.Count} figures, {set.Formulas.Count} formulas");
        extraMisses.ForEach(m => output.WriteLine("extra: " + m));
        misses.ForEach(output.WriteLine);
        Assert.True(recall >= 0.9, $"{id}: recall {recall:P1}\n" + string.Join("\n", misses));
    }
}
