namespace Extraction.Pdf.Content;

/// <summary>The parts of the graphics state text and rule extraction need (§8.4).</summary>
internal sealed record GraphicsState
{
    public Matrix Ctm { get; init; } = Matrix.Identity;

    public TextState Text { get; init; } = new();

    public double LineWidth { get; init; } = 1;

    /// <summary>Whether the fill (non-stroking) colour is white: white shapes are not rules.</summary>
    public bool FillIsWhite { get; init; }

    public bool StrokeIsWhite { get; init; }
}
