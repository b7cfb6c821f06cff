namespace Extraction.Layout;

/// <summary>A straight ruling line in points (top-left origin, y down). Horizontal when the
/// y values nearly agree, vertical when the x values do; anything else is ignored by the builder.</summary>
public readonly record struct RulingSegment(double X1, double Y1, double X2, double Y2)
{
    public static RulingSegment Horizontal(double y, double x1, double x2) => new(x1, y, x2, y);

    public static RulingSegment Vertical(double x, double y1, double y2) => new(x, y1, x, y2);

    /// <summary>Stroke width in points when the source knows it (the pen width, or the thickness of a thin filled
    /// rectangle); 0 when unknown. A three-line table's top and bottom rules are heavier than the rule under its header.</summary>
    public double Weight { get; init; }

    public double Length => Math.Sqrt(((X2 - X1) * (X2 - X1)) + ((Y2 - Y1) * (Y2 - Y1)));
}
