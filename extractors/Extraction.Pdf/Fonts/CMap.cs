namespace Extraction.Pdf.Fonts;

/// <summary>A parsed CMap: how to split shown bytes into codes (codespace ranges), and what each code
/// means — a CID (encoding CMaps) and/or Unicode text (ToUnicode CMaps). Lookups fall back to the
/// CMap named by usecmap.</summary>
internal sealed class CMap
{
    private readonly List<CodespaceRange> _codespaces;
    private readonly Dictionary<uint, int> _cidChars;
    private readonly CodeRange[] _cidRanges;
    private readonly Dictionary<uint, string> _unicode;
    private readonly CMap? _parent;

    public CMap(
        string? name,
        int writingMode,
        List<CodespaceRange> codespaces,
        Dictionary<uint, int> cidChars,
        List<CodeRange> cidRanges,
        Dictionary<uint, string> unicode,
        CMap? parent)
    {
        Name = name;
        WritingMode = writingMode;
        _codespaces = codespaces;
        _cidChars = cidChars;
        _cidRanges = [.. cidRanges.OrderBy(r => r.Low)];
        _unicode = unicode;
        _parent = parent;
        if (_codespaces.Count == 0 && parent is not null)
        {
            _codespaces = parent._codespaces;
        }
    }

    public string? Name { get; }

    /// <summary>0 horizontal, 1 vertical.</summary>
    public int WritingMode { get; }

    public bool HasUnicode => _unicode.Count > 0 || (_parent?.HasUnicode ?? false);

    /// <summary>Identity-H / Identity-V: two-byte codes equal to CIDs.</summary>
    public static CMap Identity(int writingMode) => new(
        writingMode == 1 ? "Identity-V" : "Identity-H",
        writingMode,
        [new CodespaceRange(2, [0, 0], [0xFF, 0xFF])],
        [],
        [new CodeRange(0, 0xFFFF, 0)],
        [],
        null);

    /// <summary>Reads the next code at <paramref name="position"/>: the shortest codespace that matches;
    /// with none matching, as many bytes as the shortest codespace (the code is then undefined).</summary>
    public (uint Code, int Length) ReadCode(ReadOnlySpan<byte> data, int position)
    {
        var fallback = int.MaxValue;
        foreach (var range in _codespaces.OrderBy(r => r.Length))
        {
            if (range.Matches(data, position))
            {
                return (Value(data, position, range.Length), range.Length);
            }

            fallback = Math.Min(fallback, range.Length);
        }

        var length = fallback == int.MaxValue ? 1 : Math.Min(fallback, data.Length - position);
        return (Value(data, position, Math.Max(1, length)), Math.Max(1, length));
    }

    public int? ToCid(uint code)
    {
        if (_cidChars.TryGetValue(code, out var cid))
        {
            return cid;
        }

        var lo = 0;
        var hi = _cidRanges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var range = _cidRanges[mid];
            if (code < range.Low)
            {
                hi = mid - 1;
            }
            else if (code > range.High)
            {
                lo = mid + 1;
            }
            else
            {
                return range.Start + (int)(code - range.Low);
            }
        }

        return _parent?.ToCid(code);
    }

    public string? ToUnicode(uint code) =>
        _unicode.TryGetValue(code, out var text) ? text : _parent?.ToUnicode(code);

    private static uint Value(ReadOnlySpan<byte> data, int position, int length)
    {
        uint value = 0;
        for (var i = 0; i < length && position + i < data.Length; i++)
        {
            value = (value << 8) | data[position + i];
        }

        return value;
    }
}
