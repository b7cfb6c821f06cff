using Extraction.Model;

namespace Extraction.Pdf.Text;

/// <summary>A run of glyphs on one baseline without a wide gap: the unit placed into table cells and lines.</summary>
internal sealed record Word(string Text, BoundingBox Box, double Size, int Direction, int Sequence);
