namespace Extraction.Pdf.Objects;

/// <summary>Base of the PDF object model (ISO 32000-2 §7.3). Objects are immutable once parsed;
/// <see cref="PdfReference"/> resolves lazily through its file.</summary>
internal abstract class PdfObject
{
    /// <summary>The object itself, or for a reference the object it points to (<see cref="PdfNull"/> when missing).</summary>
    public virtual PdfObject Resolve() => this;

    public override string ToString() => PdfObjectWriter.Write(this, 200);
}
