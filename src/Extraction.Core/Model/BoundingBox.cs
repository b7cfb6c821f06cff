namespace Extraction.Model;

/// <summary>
/// A rectangle on a page in points (1/72 inch), origin at the top-left corner, y growing down.
/// Every format with geometry (PDF, OCR) converts into this frame so that layout code is shared.
/// </summary>
public readonly record struct BoundingBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Top, other.Top),
        Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;

    public override string ToString() =>
        FormattableString.Invariant($"[{Left:0.#},{Top:0.#},{Right:0.#},{Bottom:0.#}]");
}
