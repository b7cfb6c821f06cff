namespace Extraction.Analysis.ScoreTables;

/// <summary>The level groups open at a row of a score table (一级 决策 → 二级 项目立项 …), each with its level weight as
/// printed: what a level cell left blank below them continues. Carried from part to part of a table continued over
/// pages.</summary>
internal sealed class OpenGroups
{
    private const int MaxLevels = 16;

    private readonly (string Name, string? Weight)?[] _groups = new (string, string?)?[MaxLevels];

    public (string Name, string? Weight)? At(int level) => level < _groups.Length ? _groups[level] : null;

    public void Open(int level, string name, string? weight)
    {
        if (level < _groups.Length)
        {
            _groups[level] = (name, weight);
        }
    }

    /// <summary>A group opened at <paramref name="level"/> closes every group inside the one before it.</summary>
    public void CloseInside(int level)
    {
        for (var l = level + 1; l < _groups.Length; l++)
        {
            _groups[l] = null;
        }
    }
}
