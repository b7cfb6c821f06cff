using System.Collections.Concurrent;

namespace Extraction.Pdf.Fonts;

/// <summary>Adobe's predefined CMaps shipped as embedded resources (only the Chinese ones the reports
/// use; see Resources/CMap/LICENSE.txt), plus the built-in Identity-H/V. Parsed once, cached.</summary>
internal static class PredefinedCMaps
{
    private const string ResourcePrefix = "Extraction.Pdf.Resources.CMap.";
    private static readonly ConcurrentDictionary<string, CMap?> Cache = new(StringComparer.Ordinal);

    /// <summary>The CMap of that name, or null when it is not shipped. "-V" names reuse the "-H" mappings
    /// with vertical writing mode.</summary>
    public static CMap? Get(string name)
    {
        switch (name)
        {
            case "Identity-H":
                return CMap.Identity(0);
            case "Identity-V":
                return CMap.Identity(1);
        }

        return Cache.GetOrAdd(name, Load);
    }

    /// <summary>CID → Unicode for a character collection (Adobe-GB1), or null when not shipped.</summary>
    public static CMap? CidToUnicode(string registry, string ordering) =>
        registry == "Adobe" && ordering == "GB1" ? Get("Adobe-GB1-UCS2") : null;

    private static CMap? Load(string name)
    {
        if (name.EndsWith("-V", StringComparison.Ordinal))
        {
            var horizontal = Get(name[..^2] + "-H");
            return horizontal is null ? null : new CMap(name, 1, [], [], [], [], horizontal);
        }

        using var stream = typeof(PredefinedCMaps).Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return CMapParser.Parse(buffer.ToArray(), Get);
    }
}
