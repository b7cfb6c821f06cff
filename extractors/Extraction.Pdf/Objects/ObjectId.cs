namespace Extraction.Pdf.Objects;

/// <summary>Object number and generation of an indirect object.</summary>
internal readonly record struct ObjectId(int Number, int Generation)
{
    public override string ToString() => $"{Number} {Generation} R";
}
