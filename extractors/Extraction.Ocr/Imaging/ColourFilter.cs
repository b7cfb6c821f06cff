namespace Extraction.Ocr.Imaging;

/// <summary>Colour → gray for OCR. Red seals and stamps are printed over the text they certify; a
/// strongly red pixel (red well above both green and blue) is taken as seal ink and becomes paper, so
/// the black text under a seal is read instead of the seal's characters.</summary>
internal static class ColourFilter
{
    /// <summary>How far red must exceed green and blue for a pixel to count as seal ink.</summary>
    private const int SealMargin = 60;

    public static int Gray(int r, int g, int b) => ((299 * r) + (587 * g) + (114 * b)) / 1000;

    /// <summary>Gray value with seal red lifted to paper; black text under the seal (dark in all three
    /// channels) stays dark.</summary>
    public static byte GrayWithoutSeal(int r, int g, int b)
    {
        if (r - Math.Max(g, b) >= SealMargin)
        {
            // Keep the darkness the red channel shows: text printed under the seal darkens red too.
            return (byte)Math.Max(r, Gray(r, g, b));
        }

        return (byte)Gray(r, g, b);
    }
}
