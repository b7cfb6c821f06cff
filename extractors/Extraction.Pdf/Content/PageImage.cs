using Extraction.Model;

namespace Extraction.Pdf.Content;

/// <summary>Where an image (XObject or inline) was painted, in page display space.</summary>
internal readonly record struct PageImage(BoundingBox Box);
