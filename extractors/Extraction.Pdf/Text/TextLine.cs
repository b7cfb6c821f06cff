using Extraction.Model;

namespace Extraction.Pdf.Text;

/// <summary>Words on one baseline, left to right, joined with spaces only between Latin words.</summary>
internal sealed record TextLine(string Text, BoundingBox Box, double Size);
