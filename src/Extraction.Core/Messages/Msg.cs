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
