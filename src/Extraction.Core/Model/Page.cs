namespace Extraction.Model;

/// <summary>One page (1-based). Width and height in points where the format has pages with geometry;
/// formats without real pages (HTML, Markdown) put everything on page 1 or estimate breaks.</summary>
public sealed record Page(
    int Number,
    IReadOnlyList<Block> Blocks,
    double? Width = null,
    double? Height = null,
    PageKind Kind = PageKind.Text)
{
    /// <summary>What went wrong on this page while producing it (e.g. OCR of a blank or unreadable
    /// page image); the pipeline moves these into the document's problems.</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>The page's words or glyph runs with their boxes, where the format has geometry (PDF text layer,
    /// OCR); empty otherwise. Used to box the printed numbers evidence rests on.</summary>
    public IReadOnlyList<PageWord> Words { get; init; } = [];

    /// <summary>Clockwise quarter turns (0–3) the recogniser gave the page image to read it upright (a page
    /// scanned on its side or upside down). <see cref="Width"/>, <see cref="Height"/> and every box on the page are
    /// in that turned frame; outputs map them back to the page as stored in the file.</summary>
    public int QuarterTurns { get; init; }
}
