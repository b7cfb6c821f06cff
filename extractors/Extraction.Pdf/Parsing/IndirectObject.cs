using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Parsing;

/// <summary>"n g obj … endobj" as parsed at <see cref="Offset"/>.</summary>
internal sealed record IndirectObject(ObjectId Id, PdfObject Value, long Offset);
