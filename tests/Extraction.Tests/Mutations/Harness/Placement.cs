namespace Extraction.Tests.Mutations;

/// <summary>Where a target's token sits in a <see cref="SourceBuffer"/>: the text offset of each of its key characters
/// (consecutive when the token is written in one run, apart when it spans runs or inline elements).</summary>
internal sealed record Placement(IReadOnlyList<int> Offsets)
{
    public bool Split => Offsets[^1] - Offsets[0] != Offsets.Count - 1;
}
