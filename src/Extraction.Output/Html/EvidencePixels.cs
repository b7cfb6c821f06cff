namespace Extraction.Output.Html;

/// <summary>A rectangle in image pixels.</summary>
public readonly record struct EvidencePixels(double Left, double Top, double Width, double Height);
