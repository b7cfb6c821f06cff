namespace Extraction.Ocr.Imaging;

/// <summary>Pixel tolerances for finding table rules, scaled from the image resolution.</summary>
internal sealed record LineDetectorOptions(int MinLength, int MaxGap, int MaxThickness, int MaxSealGap)
{
    /// <summary>Rules at least ~0.3 inch long (longer than any glyph stroke at body sizes),
    /// bridging gaps up to ~1/50 inch (noise, JPEG blur), at most ~1/20 inch thick; across a seal's
    /// area gaps up to an inch (a seal's line of characters or its star, not the whole seal).</summary>
    public static LineDetectorOptions ForDpi(int dpi) => new(
        MinLength: Math.Max(20, (int)(dpi * 0.3)),
        MaxGap: Math.Max(2, dpi / 50),
        MaxThickness: Math.Max(3, dpi / 20),
        MaxSealGap: Math.Max(20, dpi));
}
