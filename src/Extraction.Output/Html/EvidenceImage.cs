namespace Extraction.Output.Html;

/// <summary>A rendered piece of a page: PNG bytes, its size in pixels, and where the evidence box falls on it
/// (pixels, null when the whole page is shown because the evidence has no box).</summary>
public sealed record EvidenceImage(byte[] Png, int Width, int Height, EvidencePixels? Box);
