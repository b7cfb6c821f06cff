using Extraction.Model;

namespace Extraction.Layout;

/// <summary>A piece of text with its box (points, top-left origin), as a reader or OCR found it:
/// a word, a run of glyphs or a whole line. The builder assigns it to the cell holding its centre.</summary>
public sealed record TextFragment(string Text, BoundingBox Box);
