namespace Extraction.Reading;

/// <summary>What a file's bytes say it is, independent of its extension.</summary>
public enum SniffedType
{
    Unknown,
    Empty,
    Pdf,
    Docx,
    Zip,
    OleCompound,
    Html,
    Markdown,
    Text,
    Png,
    Jpeg,
    Tiff,
    Binary,
}
