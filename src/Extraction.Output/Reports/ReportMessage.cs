using Extraction.Messages;

namespace Extraction.Output.Reports;

/// <summary>A message by reference in the JSON ("message_ref": catalog id, named arguments, notes): lets a stored
/// result be written again in another language, and lets other tools render it themselves. An argument "@id" is a
/// catalog term; "@@…" is literal text starting with "@".</summary>
public sealed record ReportMessage(string Id, IReadOnlyDictionary<string, string> Args)
{
    public IReadOnlyList<string>? Notes { get; init; }

    public static ReportMessage? From(Msg? message) =>
        message is null ? null : new ReportMessage(message.Id, message.Args) { Notes = message.Notes.Count > 0 ? message.Notes : null };

    public Msg ToMsg() => new(Id, Args) { Notes = Notes ?? [] };

    public string Render(Language language) => ToMsg().Render(language);
}
