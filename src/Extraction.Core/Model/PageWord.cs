namespace Extraction.Model;

/// <summary>A word or glyph run as the reader placed it on the page (PDF text layer or OCR): its text and box
/// (points, top-left origin). Kept so evidence can box the printed number itself, not its whole paragraph.</summary>
public sealed record PageWord(string Text, BoundingBox Box);
