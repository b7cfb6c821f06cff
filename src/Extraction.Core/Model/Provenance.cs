namespace Extraction.Model;

/// <summary>Where a piece of text came from: 1-based page, box when the format has geometry,
/// and recognition confidence (0..1) when it came from OCR.</summary>
public sealed record Provenance(int Page, BoundingBox? Box = null, double? Confidence = null)
{
    public static Provenance OnPage(int page) => new(page);
}
