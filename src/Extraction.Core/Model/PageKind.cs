namespace Extraction.Model;

/// <summary>How a page's content was obtained.</summary>
public enum PageKind
{
    /// <summary>Text from the file's own text layer or markup.</summary>
    Text,

    /// <summary>An image-only page whose text layer is missing; OCR should read it.</summary>
    NeedsOcr,

    /// <summary>Text recognised by OCR from the page image.</summary>
    Recognised,
}
