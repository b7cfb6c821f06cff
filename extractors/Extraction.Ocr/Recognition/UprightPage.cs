using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Recognition;

/// <summary>A page image turned upright (quarter turns decided by the caller) and deskewed, with the Otsu threshold
/// and the ink mask of the result: the analysis's first step, shared with the tool that shows what it sees.</summary>
internal readonly record struct UprightPage(GrayImage Image, byte[] Ink, int Threshold, double Skew)
{
    public static UprightPage Of(GrayImage image, int quarterTurns, double maxSkewDegrees)
    {
        if (quarterTurns != 0)
        {
            image = SkiaImaging.Rotate(image, quarterTurns);
        }

        var threshold = Binarizer.OtsuThreshold(image);
        var ink = Binarizer.Binarize(image, threshold);
        var skew = SkewEstimator.Estimate(ink, image.Width, image.Height, maxSkewDegrees);
        if (Math.Abs(skew) >= 0.05)
        {
            image = Resampler.Transform(image, skew);
            ink = Binarizer.Binarize(image, threshold);
        }

        return new UprightPage(image, ink, threshold, skew);
    }
}
