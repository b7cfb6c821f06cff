using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Extraction.Messages;

/// <summary>The message catalog: for each language, id → template with named placeholders ("{stated}").
/// Loaded from the embedded Messages/zh.json and Messages/en.json. Rendering fills placeholders from a
/// <see cref="Msg"/>'s arguments; an argument "@id" is a catalog term rendered in the same language (and filled from
/// the same arguments).</summary>
public sealed class MessageCatalog
{
    private readonly FrozenDictionary<Language, FrozenDictionary<string, string>> _templates;

    public MessageCatalog(IReadOnlyDictionary<Language, IReadOnlyDictionary<string, string>> templates)
    {
        _templates = templates.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public static MessageCatalog Default { get; } = Load();

    /// <summary>Every id of one language.</summary>
    public IEnumerable<string> Ids(Language language) => _templates.TryGetValue(language, out var t) ? t.Keys : [];

    public bool Has(string id, Language language) => _templates.TryGetValue(language, out var t) && t.ContainsKey(id);

    /// <summary>The template of an id; the id itself when missing (so a gap shows instead of throwing).</summary>
    public string Template(string id, Language language) =>
        _templates.TryGetValue(language, out var t) && t.TryGetValue(id, out var s) ? s
        : _templates.TryGetValue(Language.Zh, out var zh) && zh.TryGetValue(id, out var z) ? z
        : id;

    /// <summary>A plain catalog text (a heading, a label, a term) in one language.</summary>
    public string Text(string id, Language language) => Fill(Template(id, language), new Dictionary<string, string>(), language);

    public string Render(Msg message, Language language)
    {
        var text = message.IsRaw
            ? message.Args.GetValueOrDefault("text") ?? string.Empty
            : Fill(Template(message.Id, language), message.Args, language);
        foreach (var note in message.Notes)
        {
            text += Text(note, language);
        }

        return text;
    }

    /// <summary>Placeholders of a template ("{name}"), for the catalog's own consistency test.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
            }
            else if (template[i] == '{' && template.IndexOf('}', i) is var end and > 0)
            {
                names.Add(template[(i + 1)..end]);
                i = end;
            }
        }

        return names;
    }

    private string Fill(string template, IReadOnlyDictionary<string, string> args, Language language, int depth = 0)
    {
        var sb = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                sb.Append(c);
                i++;
                continue;
            }

            var end = c == '{' ? template.IndexOf('}', i) : -1;
            if (end < 0)
            {
                sb.Append(c);
                continue;
            }

            var name = template[(i + 1)..end];
            sb.Append(args.TryGetValue(name, out var value) ? Value(value, args, language, depth) : "{" + name + "}");
            i = end;
        }

        return sb.ToString();
    }

    // A term is filled from the same arguments as the message that names it (so "what.level_rows" can use {n});
    // "@~text" is English text from the rule engine, translated phrase by phrase from the "gloss.*" entries.
    private string Value(string value, IReadOnlyDictionary<string, string> args, Language language, int depth) =>
        value.StartsWith("@@", StringComparison.Ordinal) ? value[1..]
        : value.StartsWith("@~", StringComparison.Ordinal) ? Gloss(value[2..], language)
        : value.StartsWith('@') && depth < 4 ? Fill(Template(value[1..], language), args, language, depth + 1)
        : value;

    /// <summary>English phrases replaced by the language's ("gloss.capped at 1" → "封顶为1"), longest first.</summary>
    public string Gloss(string text, Language language)
    {
        if (!_templates.TryGetValue(language, out var t))
        {
            return text;
        }

        foreach (var (id, phrase) in t.Where(kv => kv.Key.StartsWith(GlossPrefix, StringComparison.Ordinal)).OrderByDescending(kv => kv.Key.Length))
        {
            text = text.Replace(id[GlossPrefix.Length..], phrase, StringComparison.Ordinal);
        }

        return text;
    }

    private const string GlossPrefix = "gloss.";

    private static MessageCatalog Load()
    {
        var assembly = typeof(MessageCatalog).Assembly;
        return new MessageCatalog(new Dictionary<Language, IReadOnlyDictionary<string, string>>
        {
            [Language.Zh] = Read(assembly, "zh"),
            [Language.En] = Read(assembly, "en"),
        });
    }

    private static Dictionary<string, string> Read(Assembly assembly, string code)
    {
        var name = $"Extraction.Messages.{code}.json";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"expected the embedded message catalog {name}, found none");
        // Source-generated: no reflection over the type at start-up, and safe for the Native AOT extract-text.
        return JsonSerializer.Deserialize(stream, CatalogJson.Default.DictionaryStringString)
            ?? throw new InvalidOperationException($"expected a JSON object in {name}, found null");
    }
}
