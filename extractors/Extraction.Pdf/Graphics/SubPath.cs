namespace Extraction.Pdf.Graphics;

/// <summary>One subpath in page display space: its points in order, whether it contains curves, and
/// whether it was closed (h, re, or a fill's implicit close).</summary>
internal sealed class SubPath
{
    public List<(double X, double Y)> Points { get; } = [];

    public bool HasCurves { get; set; }

    public bool Closed { get; set; }
}
