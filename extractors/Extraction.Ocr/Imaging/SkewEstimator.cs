namespace Extraction.Ocr.Imaging;

/// <summary>Estimates small page skew by projection profiles: the angle at which the ink's row
/// profile is sharpest (text lines and table rules line up) maximises the profile's sum of squares.</summary>
internal static class SkewEstimator
{
    /// <summary>Skew in degrees; positive means lines descend to the right (y down).</summary>
    public static double Estimate(byte[] ink, int width, int height, double maxDegrees = 3.0)
    {
        // Sample ink points on a column stride: enough for 0.02° resolution, cheap for 60+ angles.
        const int Stride = 4;
        var xs = new List<int>();
        var ys = new List<int>();
        for (var y = 0; y < height; y++)
        {
            var row = y * width;
            for (var x = 0; x < width; x += Stride)
            {
                if (ink[row + x] != 0)
                {
                    xs.Add(x);
                    ys.Add(y);
                }
            }
        }

        if (xs.Count < 100)
        {
            return 0;
        }

        var profile = new long[height + (2 * width) + 2];
        double Score(double degrees)
        {
            var slope = Math.Tan(degrees * Math.PI / 180);
            Array.Clear(profile);
            var offset = width + 1;
            for (var i = 0; i < xs.Count; i++)
            {
                var yy = (int)Math.Round(ys[i] - (xs[i] * slope)) + offset;
                if ((uint)yy < (uint)profile.Length)
                {
                    profile[yy]++;
                }
            }

            double sum = 0;
            foreach (var v in profile)
            {
                sum += (double)v * v;
            }

            return sum;
        }

        var best = 0.0;
        var bestScore = Score(0);
        for (var step = 0.1; ; )
        {
            var center = best;
            var span = step == 0.1 ? maxDegrees : step * 5;
            for (var a = center - span; a <= center + span + 1e-9; a += step)
            {
                var s = Score(a);
                if (s > bestScore * (1 + 1e-9))
                {
                    bestScore = s;
                    best = a;
                }
            }

            if (step < 0.03)
            {
                break;
            }

            step /= 5;
        }

        return Math.Round(best, 3);
    }
}
