using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Structure;

/// <summary>The merged cross-reference information: newest entry per object number, and the trailer.</summary>
internal sealed class XrefTable
{
    public XrefTable(Dictionary<int, XrefEntry> entries, PdfDictionary trailer)
    {
        Entries = entries;
        Trailer = trailer;
    }

    public Dictionary<int, XrefEntry> Entries { get; }

    public PdfDictionary Trailer { get; }
}
