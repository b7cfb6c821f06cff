namespace Extraction.Ocr.Imaging;

/// <summary>Global Otsu binarisation: the threshold that best separates ink from paper.</summary>
internal static class Binarizer
{
    public static int OtsuThreshold(GrayImage image)
    {
        var histogram = new long[256];
        foreach (var p in image.Pixels)
        {
            histogram[p]++;
        }

        long total = image.Pixels.Length;
        double sumAll = 0;
        for (var i = 0; i < 256; i++)
        {
            sumAll += i * (double)histogram[i];
        }

        double sumBelow = 0;
        long countBelow = 0;
        var best = 0.0;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            countBelow += histogram[t];
            if (countBelow == 0)
            {
                continue;
            }

            var countAbove = total - countBelow;
            if (countAbove == 0)
            {
                break;
            }

            sumBelow += t * (double)histogram[t];
            var meanBelow = sumBelow / countBelow;
            var meanAbove = (sumAll - sumBelow) / countAbove;
            var between = (double)countBelow * countAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                best = between;
                threshold = t;
            }
        }

        return threshold;
    }

    /// <summary>1 where the pixel is ink (at or below the threshold), else 0.</summary>
    public static byte[] Binarize(GrayImage image, int threshold)
    {
        var ink = new byte[image.Pixels.Length];
        for (var i = 0; i < ink.Length; i++)
        {
            ink[i] = image.Pixels[i] <= threshold ? (byte)1 : (byte)0;
        }

        return ink;
    }
}
