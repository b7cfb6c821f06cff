namespace Extraction.Generator.Model;

/// <summary>A generated report: blocks in reading order, the quantities and mentions they print, relations that hold
/// between mentions, score rows and stated totals. Immutable; a planted error is a copy with one mention replaced.</summary>
public sealed record GenDocument(
    string Id,
    string Kind,
    string Framework,
    string Department,
    string Region,
    int Year,
    string Title,
    IReadOnlyList<Block> Blocks,
    IReadOnlyDictionary<string, Quantity> Quantities,
    IReadOnlyDictionary<string, Mention> Mentions,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<ScoreRow> ScoreRows,
    IReadOnlyList<StatedTotal> Totals)
{
    /// <summary>For shape documents (<see cref="ShapeSet"/>): per shape of a same-fact or list relation, the mentions a
    /// planted error of that shape may change. Empty for the other genres.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Shapes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public string TextOf(IEnumerable<Run> runs) => string.Concat(runs.Select(r => r.Mention is { } m ? Mentions[m].Text : r.Text));
}
