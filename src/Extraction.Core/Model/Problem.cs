using Extraction.Messages;

namespace Extraction.Model;

/// <summary>Something that went wrong while processing a document: which stage, what was expected,
/// what was found, where. Problems are recorded, never thrown past the batch. <see cref="Message"/> is the
/// technical text (English, from the reader); <see cref="Text"/>, when set, is the catalog message written in
/// the output's language.</summary>
public sealed record Problem(string Stage, string Message, int? Page = null)
{
    public Msg? Text { get; init; }

    /// <summary>A problem from the catalog: <see cref="Message"/> is its English rendering (the technical record).</summary>
    public static Problem Of(string stage, Msg text, int? page = null) => new(stage, text.Render(Language.En), page) { Text = text };

    /// <summary>True when the problem left part of the document unread or unanalysed (pages, a stage): the
    /// document's status is then "partial", never "ok". The message names what was lost.</summary>
    public bool Partial { get; init; }
}
