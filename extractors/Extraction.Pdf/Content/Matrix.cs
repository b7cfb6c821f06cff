namespace Extraction.Pdf.Content;

/// <summary>An affine transform [a b c d e f] as PDF writes it: x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static Matrix Identity { get; } = new(1, 0, 0, 1, 0, 0);

    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    public static Matrix? From(double[]? n) =>
        n is { Length: 6 } && n.All(double.IsFinite) ? new Matrix(n[0], n[1], n[2], n[3], n[4], n[5]) : null;

    /// <summary>This transform followed by <paramref name="other"/> (PDF's "this × other").</summary>
    public Matrix Multiply(Matrix other) => new(
        (A * other.A) + (B * other.C),
        (A * other.B) + (B * other.D),
        (C * other.A) + (D * other.C),
        (C * other.B) + (D * other.D),
        (E * other.A) + (F * other.C) + other.E,
        (E * other.B) + (F * other.D) + other.F);

    public (double X, double Y) Transform(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);

    /// <summary>Length of the transformed unit vector along y (the rendered size of a font unit).</summary>
    public double ScaleY => Math.Sqrt((C * C) + (D * D));

    public double ScaleX => Math.Sqrt((A * A) + (B * B));
}
