using System.Text.Json;
using Extraction.Results;
using Extraction.Tests.Analysis;

namespace Extraction.Tests.Corpus;

/// <summary>Recall of a truth file's "figures": found with the right label (lenient), value and unit.</summary>
internal static class TruthFigures
{
    public static double Recall(JsonElement truthFigures, IReadOnlyList<Figure> figures, List<string> misses) =>
        Recall(truthFigures, figures, misses, CorpusMatching.LabelMatches);

    /// <summary>Strict variant: the label equals the truth name after normalisation.</summary>
    public static double ExactRecall(JsonElement truthFigures, IReadOnlyList<Figure> figures) =>
        Recall(truthFigures, figures, [], (label, name) => CorpusMatching.LabelMatches(label, name) && CorpusMatching.NormaliseName(label) == CorpusMatching.NormaliseName(name));

    private static double Recall(JsonElement truthFigures, IReadOnlyList<Figure> figures, List<string> misses, Func<string, string, bool> labelMatches)
    {
        var total = 0;
        var found = 0;
        foreach (var t in truthFigures.EnumerateArray())
        {
            total++;
            var name = TruthFile.Text(t, "name")!;
            var value = TruthFile.Number(t, "value")!.Value;
            var unit = TruthFile.Text(t, "unit") ?? TruthFile.Text(t, "unit_raw");
            if (figures.Any(f => f.Value == value && f.Unit == unit && labelMatches(f.Label, name)))
            {
                found++;
                continue;
            }

            var sameValue = figures.Where(f => f.Value == value).Select(f => $"{f.Label}={f.Text}[{f.Unit}]").Take(3);
            misses.Add($"{name} = {value} {unit}: found {string.Join("; ", sameValue)}");
        }

        return total == 0 ? 1 : (double)found / total;
    }
}
