using System.Collections.Frozen;
using System.Text.Json;

namespace Extraction.Workspace.Text;

/// <summary>The workspace's message catalog (Assets/text_zh.json, Assets/text_en.json): every string the UI
/// and the exports show, by key. Simplified Chinese by default; a key missing in a language falls back to Chinese.</summary>
public sealed class UiText
{
    private readonly FrozenDictionary<string, string> _strings;

    private UiText(string language, FrozenDictionary<string, string> strings)
    {
        Language = language;
        _strings = strings;
    }

    public string Language { get; }

    public IReadOnlyDictionary<string, string> All => _strings;

    public string this[string key] => _strings.TryGetValue(key, out var value) ? value : key;

    /// <summary>The text of <paramref name="key"/> with "{0}", "{1}"… filled (as the page's t() does).</summary>
    public string Format(string key, params object[] args)
    {
        var value = this[key];
        for (var i = 0; i < args.Length; i++)
        {
            value = value.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}",
                Convert.ToString(args[i], System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return value;
    }

    /// <summary>A label for a stable id (check, severity, kind, verdict...): "check.sum_mismatch" etc., else the id itself.</summary>
    public string Label(string group, string? id) => id is null ? string.Empty : _strings.TryGetValue(group + "." + id, out var value) ? value : id;

    public static UiText For(string? language)
    {
        var zh = Load("zh");
        if (language is not "en")
        {
            return new UiText("zh", zh.ToFrozenDictionary(StringComparer.Ordinal));
        }

        // Check ids read as English already; the Chinese check labels are not carried over.
        var merged = zh.Where(p => !p.Key.StartsWith("check.", StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);
        foreach (var (key, value) in Load("en"))
        {
            merged[key] = value;
        }

        return new UiText("en", merged.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static Dictionary<string, string> Load(string language)
    {
        using var stream = Assets.Open($"text_{language}.json") ?? throw new InvalidOperationException($"expected the embedded catalog text_{language}.json, found none");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? throw new InvalidOperationException($"text_{language}.json: expected an object of strings");
    }
}
