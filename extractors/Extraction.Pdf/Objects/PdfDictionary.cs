namespace Extraction.Pdf.Objects;

/// <summary>A dictionary keyed by name (without slash). <see cref="Items"/> holds stored values;
/// the getters resolve references and return null when the key is missing or of another type.</summary>
internal sealed class PdfDictionary : PdfObject
{
    public static PdfDictionary Empty { get; } = new(new Dictionary<string, PdfObject>());

    public PdfDictionary(IReadOnlyDictionary<string, PdfObject> items) => Items = items;

    public IReadOnlyDictionary<string, PdfObject> Items { get; }

    public int Count => Items.Count;

    public bool ContainsKey(string key) => Items.ContainsKey(key);

    /// <summary>The stored value, unresolved (a <see cref="PdfReference"/> stays one).</summary>
    public PdfObject? GetRaw(string key) => Items.GetValueOrDefault(key);

    /// <summary>The value resolved; null when missing or when it resolves to the null object.</summary>
    public PdfObject? Get(string key)
    {
        var value = Items.GetValueOrDefault(key)?.Resolve();
        return value is PdfNull ? null : value;
    }

    public PdfDictionary? GetDictionary(string key) => Get(key) switch
    {
        PdfDictionary d => d,
        _ => null,
    };

    /// <summary>The dictionary value, or the dictionary of a stream value (e.g. a form XObject).</summary>
    public PdfDictionary? GetDictionaryOrStreamDictionary(string key) => Get(key) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    public PdfArray? GetArray(string key) => Get(key) as PdfArray;

    public PdfStream? GetStream(string key) => Get(key) as PdfStream;

    public PdfString? GetString(string key) => Get(key) as PdfString;

    public string? GetName(string key) => (Get(key) as PdfName)?.Value;

    public double? GetNumber(string key) => (Get(key) as PdfNumber)?.Double;

    public int? GetInt(string key) => (Get(key) as PdfNumber)?.Int32;

    public long? GetLong(string key) => Get(key) switch
    {
        PdfInteger i => i.Value,
        PdfReal r when !double.IsNaN(r.Value) => (long)Math.Clamp(r.Value, long.MinValue, long.MaxValue),
        _ => null,
    };

    public bool? GetBool(string key) => (Get(key) as PdfBoolean)?.Value;

    /// <summary>Whether the /Type (or another name-valued key) equals <paramref name="name"/>.</summary>
    public bool IsNamed(string key, string name) => GetName(key) == name;
}
