namespace Extraction.Pdf.Objects;

/// <summary>An indirect reference "n g R". Resolution goes through the file that parsed it;
/// a reference built without a file resolves to null.</summary>
internal sealed class PdfReference : PdfObject
{
    public PdfReference(ObjectId id, IObjectResolver? resolver)
    {
        Id = id;
        Resolver = resolver;
    }

    public ObjectId Id { get; }

    public IObjectResolver? Resolver { get; }

    public override PdfObject Resolve() => Resolver?.Resolve(Id) ?? PdfNull.Instance;
}
