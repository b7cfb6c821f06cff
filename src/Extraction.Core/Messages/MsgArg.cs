namespace Extraction.Messages;

/// <summary>One named argument of a <see cref="Msg"/>: document text or a number as printed (used as is), or a
/// catalog term (a word the catalog translates, e.g. "分值"/"weight"), stored as "@id".</summary>
public readonly record struct MsgArg(string Name, string Value)
{
    /// <summary>Literal text; a leading "@" is doubled so it is never taken for a term.</summary>
    public static MsgArg Text(string name, string? value) =>
        new(name, value is { Length: > 0 } v && v[0] == '@' ? "@" + v : value ?? string.Empty);

    /// <summary>A catalog term, resolved in the language being written.</summary>
    public static MsgArg Term(string name, string termId) => new(name, "@" + termId);

    public static implicit operator MsgArg((string Name, string? Value) pair) => Text(pair.Name, pair.Value);
}
