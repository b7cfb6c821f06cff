namespace Extraction.Output.Html;

/// <summary>A rendered piece of a page: PNG bytes, its size in pixels, and where the evidence box falls on it
/// (pixels, null when the whole page is shown because the evidence has no box), and where the printed numbers it
/// rests on fall (<see cref="Marks"/>, empty when they were not located).</summary>
public sealed record EvidenceImage(byte[] Png, int Width, int Height, EvidencePixels? Box)
{
    public IReadOnlyList<EvidencePixels> Marks { get; init; } = [];
}
