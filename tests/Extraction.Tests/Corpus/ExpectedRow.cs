namespace Extraction.Tests.Corpus;

/// <summary>One expected score-table row (truth "score_table" entry or an inline expected row).</summary>
internal sealed record ExpectedRow(string? Level1, string? Level2, string? Level3, decimal? Weight, decimal? Score)
{
    public string Name => Level3 ?? Level2 ?? Level1 ?? string.Empty;

    public IEnumerable<string> Path => new[] { Level1, Level2, Level3 }.OfType<string>();

    public override string ToString() => $"{string.Join("/", Path)} weight={Weight} score={Score}";
}
