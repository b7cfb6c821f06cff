namespace Extraction.Pdf.Structure;

internal enum XrefEntryType
{
    Free,

    /// <summary>At a byte offset in the file.</summary>
    InFile,

    /// <summary>Inside an object stream (/Type /ObjStm).</summary>
    Compressed,
}
