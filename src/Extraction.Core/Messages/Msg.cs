namespace Extraction.Messages;

/// <summary>A human message by reference: a catalog id and named arguments, resolved per language only when
/// written (<see cref="MessageCatalog.Render"/>). Checks, readers and the pipeline build these, never sentences,
/// so one result can be written in Chinese or English and re-rendered from the store.</summary>
public sealed record Msg(string Id, IReadOnlyDictionary<string, string> Args)
{
    /// <summary>The id of a message given as finished text (not from the catalog): shown as is in every language.
    /// The catalog test flags findings that still use it.</summary>
    public const string RawId = "raw";

    /// <summary>Catalog ids of notes appended after the message (e.g. "rests on OCR: verify against the scan").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public static Msg Of(string id, params MsgArg[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in args)
        {
            map[a.Name] = a.Value;
        }

        return new Msg(id, map);
    }

    /// <summary>A message whose {detail} is another catalog message (a reader's reason inside "{file}：无法读取：{detail}"):
    /// the inner id becomes a term and its arguments join the outer ones (the outer win on a clash). A raw inner
    /// message becomes <c>problem.detail_technical</c>, whose Chinese says the content could not be parsed and whose
    /// English is the technical text ({detail_en}).</summary>
    public static Msg Within(string id, Msg detail, params MsgArg[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (detail.IsRaw)
        {
            map["detail_en"] = detail.Args.GetValueOrDefault("text") ?? string.Empty;
            map["detail"] = "@" + TechnicalDetailId;
        }
        else
        {
            foreach (var (name, value) in detail.Args)
            {
                map[name] = value;
            }

            map["detail"] = "@" + detail.Id;
        }

        foreach (var a in args)
        {
            map[a.Name] = a.Value;
        }

        return new Msg(id, map);
    }

    /// <summary>The catalog id for a technical reason given only as English text (a library's exception message).</summary>
    public const string TechnicalDetailId = "problem.detail_technical";

    /// <summary>Finished text that is not in the catalog (kept for code not yet migrated; flagged by tests).</summary>
    public static Msg Raw(string text) => Of(RawId, ("text", text));

    public bool IsRaw => Id == RawId;

    /// <summary>This message with one more note appended (once).</summary>
    public Msg WithNote(string noteId) => Notes.Contains(noteId) ? this : this with { Notes = [.. Notes, noteId] };

    public string Render(Language language) => MessageCatalog.Default.Render(this, language);

    /// <summary>The Chinese text (the default language); for logs and diagnostics.</summary>
    public override string ToString() => Render(Language.Zh);

    public bool Equals(Msg? other) =>
        other is not null && Id == other.Id && Notes.SequenceEqual(other.Notes)
        && Args.Count == other.Args.Count && Args.All(kv => other.Args.TryGetValue(kv.Key, out var v) && v == kv.Value);

    public override int GetHashCode() => HashCode.Combine(Id, Args.Count, Notes.Count);
}
