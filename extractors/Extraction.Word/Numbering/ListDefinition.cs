namespace Extraction.Word.Numbering;

/// <summary>A w:num resolved to its levels: the abstract definition's w:lvl (through w:numStyleLink)
/// with the instance's w:lvlOverride applied. <see cref="Key"/> names the counters the list uses:
/// instances of one abstract definition share them, an instance that restarts (w:startOverride) owns its own.</summary>
internal sealed record ListDefinition(string Key, IReadOnlyList<ListLevel> Levels, IReadOnlyDictionary<int, int> StartOverrides)
{
    public const int MaxLevels = 9;

    public ListLevel Level(int ilvl) => ilvl >= 0 && ilvl < Levels.Count ? Levels[ilvl] : ListLevel.Default;

    /// <summary>The level a paragraph style is linked to (w:lvl/w:pStyle), for styles that set only w:numId.</summary>
    public int? LevelOfStyle(string? styleId)
    {
        for (var i = 0; styleId is not null && i < Levels.Count; i++)
        {
            if (Levels[i].StyleId == styleId)
            {
                return i;
            }
        }

        return null;
    }

    public int Start(int ilvl) => StartOverrides.TryGetValue(ilvl, out var start) ? start : Level(ilvl).Start;
}
