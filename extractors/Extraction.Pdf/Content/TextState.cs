using Extraction.Pdf.Fonts;

namespace Extraction.Pdf.Content;

/// <summary>Text state parameters (ISO 32000 §9.3), part of the graphics state.</summary>
internal sealed record TextState
{
    public PdfFont? Font { get; init; }

    public double FontSize { get; init; }

    public double CharSpacing { get; init; }

    public double WordSpacing { get; init; }

    public double HorizontalScale { get; init; } = 1;

    public double Leading { get; init; }

    public double Rise { get; init; }

    public int RenderMode { get; init; }
}
