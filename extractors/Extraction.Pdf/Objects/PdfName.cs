using System.Collections.Concurrent;

namespace Extraction.Pdf.Objects;

/// <summary>A name, without the slash and with #xx escapes decoded; each byte maps to one char (Latin-1),
/// so names compare by their bytes. Instances are interned.</summary>
internal sealed class PdfName : PdfObject
{
    private const int MaxInterned = 100_000;
    private static readonly ConcurrentDictionary<string, PdfName> Interned = new(StringComparer.Ordinal);

    private PdfName(string value) => Value = value;

    public string Value { get; }

    public static PdfName Of(string value)
    {
        if (Interned.TryGetValue(value, out var name))
        {
            return name;
        }

        // Hostile files may hold millions of distinct names: stop interning past a bound.
        return Interned.Count < MaxInterned ? Interned.GetOrAdd(value, v => new PdfName(v)) : new PdfName(value);
    }
}
