using Extraction.Layout;

namespace Extraction.Pdf.Content;

/// <summary>What the interpreter collected from one page: glyphs, ruling segments, images.</summary>
internal sealed class PageContent
{
    public PageContent(double width, double height)
    {
        Width = width;
        Height = height;
    }

    public double Width { get; }

    public double Height { get; }

    public List<PageGlyph> Glyphs { get; } = [];

    public List<RulingSegment> Rulings { get; } = [];

    public List<PageImage> Images { get; } = [];
}
