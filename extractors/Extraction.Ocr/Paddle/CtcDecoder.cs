namespace Extraction.Ocr.Paddle;

/// <summary>Greedy CTC decoding of the recogniser's per-step class probabilities: the top class at each
/// step, repeats merged, blanks (class 0) dropped; class i is dictionary entry i - 1, and the last
/// class is a space.</summary>
internal static class CtcDecoder
{
    public static LineReading Decode(ReadOnlySpan<float> steps, int stepCount, int classCount, IReadOnlyList<string> dictionary)
        => Decode(steps, stepCount, classCount, dictionary, -1, -1);

    /// <summary>Decodes; <paramref name="pointClass"/> and <paramref name="commaClass"/> (class indexes, or −1)
    /// give the point and comma odds between the characters of an all-digit reading.</summary>
    public static LineReading Decode(ReadOnlySpan<float> steps, int stepCount, int classCount, IReadOnlyList<string> dictionary, int pointClass, int commaClass)
    {
        var text = new System.Text.StringBuilder();
        double sum = 0;
        var min = 1.0;
        var kept = 0;
        var previous = -1;
        // Per emitted character: the step where it was emitted and the highest point/comma odds seen since
        // the previous character was emitted.
        var pointSince = 0.0;
        var commaSince = 0.0;
        var points = new List<double>();
        var commas = new List<double>();
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

            var emits = best != 0 && best != previous && best - 1 < dictionary.Count;
            if (!emits && kept > 0)
            {
                pointSince = Math.Max(pointSince, pointClass >= 0 ? row[pointClass] : 0);
                commaSince = Math.Max(commaSince, commaClass >= 0 ? row[commaClass] : 0);
            }

            if (emits)
            {
                if (kept > 0)
                {
                    points.Add(pointSince);
                    commas.Add(commaSince);
                }

                pointSince = 0;
                commaSince = 0;
                text.Append(dictionary[best - 1]);
                sum += bestValue;
                min = Math.Min(min, bestValue);
                kept++;
            }

            previous = best;
        }

        if (kept == 0)
        {
            return new LineReading(string.Empty, 0, 0);
        }

        var read = text.ToString();
        var digits = pointClass >= 0 && read.Length >= 2 && read.All(char.IsAsciiDigit);
        return new LineReading(read, sum / kept, min)
        {
            PointOdds = digits ? points : null,
            CommaOdds = digits ? commas : null,
        };
    }
}
