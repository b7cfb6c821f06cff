namespace Extraction.Ocr.Paddle;

/// <summary>Greedy CTC decoding of the recogniser's per-step class probabilities: the top class at each
/// step, repeats merged, blanks (class 0) dropped; class i is dictionary entry i - 1, and the last
/// class is a space.</summary>
internal static class CtcDecoder
{
    public static LineReading Decode(ReadOnlySpan<float> steps, int stepCount, int classCount, IReadOnlyList<string> dictionary)
    {
        var text = new System.Text.StringBuilder();
        double sum = 0;
        var min = 1.0;
        var kept = 0;
        var previous = -1;
        for (var t = 0; t < stepCount; t++)
        {
            var row = steps.Slice(t * classCount, classCount);
            var best = 0;
            var bestValue = row[0];
            for (var c = 1; c < classCount; c++)
            {
                if (row[c] > bestValue)
                {
                    bestValue = row[c];
                    best = c;
                }
            }

            if (best != 0 && best != previous && best - 1 < dictionary.Count)
            {
                text.Append(dictionary[best - 1]);
                sum += bestValue;
                min = Math.Min(min, bestValue);
                kept++;
            }

            previous = best;
        }

        return kept == 0 ? new LineReading(string.Empty, 0, 0) : new LineReading(text.ToString(), sum / kept, min);
    }
}
