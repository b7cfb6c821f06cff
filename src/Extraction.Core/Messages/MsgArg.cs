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

    /// <summary>English text from the rule engine (a convention such as "quarters capped at 1"), translated phrase by
    /// phrase from the catalog's glossary when written in another language.</summary>
    public static MsgArg Glossed(string name, string text) => new(name, "@~" + text);

    public static implicit operator MsgArg((string Name, string? Value) pair) => Text(pair.Name, pair.Value);
}
