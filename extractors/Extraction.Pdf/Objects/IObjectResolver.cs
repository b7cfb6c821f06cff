namespace Extraction.Pdf.Objects;

/// <summary>What a <see cref="PdfReference"/> resolves through (the open file).</summary>
internal interface IObjectResolver
{
    /// <summary>The object, or <see cref="PdfNull"/> when it is missing or free.</summary>
    PdfObject Resolve(ObjectId id);
}
