using Extraction.Model;

namespace Extraction.Pdf.Text;

/// <summary>Words on one baseline, left to right, joined with spaces only between Latin words.
/// <see cref="FirstWordWidth"/> tells whether the word could have fitted at the end of the line above.</summary>
internal sealed record TextLine(string Text, BoundingBox Box, double Size, double FirstWordWidth = 0);
