namespace Extraction.Pdf.Objects;

/// <summary>An array. <see cref="Items"/> holds the stored items (references unresolved);
/// the typed getters resolve references.</summary>
internal sealed class PdfArray : PdfObject
{
    public static PdfArray Empty { get; } = new([]);

    public PdfArray(IReadOnlyList<PdfObject> items) => Items = items;

    public IReadOnlyList<PdfObject> Items { get; }

    public int Count => Items.Count;

    /// <summary>The item at <paramref name="index"/>, resolved; null object when out of range.</summary>
    public PdfObject this[int index] => index >= 0 && index < Items.Count ? Items[index].Resolve() : PdfNull.Instance;

    public PdfDictionary? GetDictionary(int index) => this[index] switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    public double? GetNumber(int index) => (this[index] as PdfNumber)?.Double;

    /// <summary>All items as numbers, or null when any item is not a number.</summary>
    public double[]? ToNumbers()
    {
        var result = new double[Items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (this[i] is not PdfNumber n)
            {
                return null;
            }

            result[i] = n.Double;
        }

        return result;
    }
}
