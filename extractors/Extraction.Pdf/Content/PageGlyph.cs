using Extraction.Model;

namespace Extraction.Pdf.Content;

/// <summary>A shown glyph in page display space (points, top-left origin, y down, page rotation applied).
/// <see cref="Direction"/>: 0 for left-to-right horizontal text, 1 top-to-bottom, 2 upside down,
/// 3 bottom-to-top; <see cref="Size"/> is the rendered font size; <see cref="Invisible"/> is render mode 3.</summary>
internal sealed record PageGlyph(
    string Text,
    BoundingBox Box,
    double BaselineX,
    double BaselineY,
    double Advance,
    double Size,
    int Direction,
    bool Invisible,
    int Sequence);
