using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Paddle;

/// <summary>Decides per page how many clockwise quarter turns make its text upright, from the text lines
/// themselves: lines are detected on a reduced page; mostly tall boxes mean the page lies on its side
/// (90 or 270), mostly wide ones upright or upside down (0 or 180). The longest lines are then read in
/// both candidate orientations and the one the recogniser is surer of wins. Deciding per page, not per
/// box, keeps one doubtful line from being flipped on an upright page.</summary>
internal static class PageOrientation
{
    private const int DetectionSide = 960;
    private const int SampleLines = 10;

    /// <summary>Upright readings at least this sure are not second-guessed.</summary>
    private const double SureUpright = 0.85;

    /// <summary>How much surer another orientation must be before an upright-looking page is turned.</summary>
    private const double Margin = 0.1;

    public static int QuarterTurns(PaddleEngine engine, GrayImage page, CancellationToken cancellationToken)
    {
        var boxes = engine.Detect(page, cancellationToken, DetectionSide);
        if (boxes.Count < 3)
        {
            return 0;
        }

        var wide = boxes.Count(b => b.Width >= 2 * b.Height);
        var tall = boxes.Count(b => b.Height >= 2 * b.Width);
        var sideways = tall > wide;
        var sample = boxes
            .Where(b => sideways ? b.Height >= 2 * b.Width : b.Width >= 2 * b.Height)
            .OrderByDescending(b => Math.Max(b.Width, b.Height))
            .Take(SampleLines)
            .Select(b => Crop(page, b))
            .ToList();
        if (sample.Count == 0)
        {
            return 0;
        }

        if (!sideways)
        {
            var upright = Score(engine, sample, 0, cancellationToken);
            if (upright >= SureUpright)
            {
                return 0;
            }

            return Score(engine, sample, 2, cancellationToken) > upright + Margin ? 2 : 0;
        }

        var clockwise = Score(engine, sample, 1, cancellationToken);
        var counter = Score(engine, sample, 3, cancellationToken);
        return clockwise >= counter ? 1 : 3;
    }

    private static double Score(PaddleEngine engine, List<GrayImage> lines, int turns, CancellationToken cancellationToken)
    {
        var turned = turns == 0 ? lines : lines.Select(l => SkiaImaging.Rotate(l, turns)).ToList();
        return engine.Recognize(turned, cancellationToken).Average(r => r.Text.Length == 0 ? 0 : r.Confidence);
    }

    private static GrayImage Crop(GrayImage image, TextBox box)
    {
        var width = Math.Max(1, box.Right - box.Left);
        var height = Math.Max(1, box.Bottom - box.Top);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(image.Pixels, ((box.Top + y) * image.Width) + box.Left, pixels, y * width, Math.Min(width, image.Width - box.Left));
        }

        return new GrayImage(width, height, pixels);
    }
}
