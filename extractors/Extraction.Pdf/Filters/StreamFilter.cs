using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Filters;

/// <summary>One filter of a stream's chain with its /DecodeParms (null when none).</summary>
internal sealed record StreamFilter(string Name, PdfDictionary? Parameters);
