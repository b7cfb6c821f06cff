using Extraction.Layout;

namespace Extraction.Ocr.Recognition;

/// <summary>Recognition confidence (0..1) of a block from its words' tesseract confidences (0..100).</summary>
internal static class Confidence
{
    /// <summary>Character-weighted mean: for paragraphs, where one smudged word should not sink the whole.</summary>
    public static double? Mean(IEnumerable<TextFragment> fragments, IReadOnlyDictionary<TextFragment, double> confidenceOf)
    {
        double sum = 0;
        double weight = 0;
        foreach (var f in fragments)
        {
            if (confidenceOf.TryGetValue(f, out var c))
            {
                var w = Math.Max(1, f.Text.Length);
                sum += c * w;
                weight += w;
            }
        }

        return weight == 0 ? null : Math.Round(sum / weight / 100, 3);
    }

    /// <summary>Minimum: for table cells, where one doubtful digit makes the number doubtful.</summary>
    public static double? Min(IEnumerable<TextFragment> fragments, IReadOnlyDictionary<TextFragment, double> confidenceOf)
    {
        double? min = null;
        foreach (var f in fragments)
        {
            if (confidenceOf.TryGetValue(f, out var c))
            {
                min = min is null ? c : Math.Min(min.Value, c);
            }
        }

        return min is null ? null : Math.Round(min.Value / 100, 3);
    }
}
