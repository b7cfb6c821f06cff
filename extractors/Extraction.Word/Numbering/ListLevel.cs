namespace Extraction.Word.Numbering;

/// <summary>One w:lvl of a list: where it starts, how its counter is written (w:numFmt), the label
/// pattern (w:lvlText with %1..%9), when it restarts (w:lvlRestart: null = after any higher level,
/// 0 = never, n = after levels 1..n), legal numbering, what follows the label (w:suff) and whether
/// the label is hidden (w:vanish).</summary>
internal sealed record ListLevel(int Start, string Format, string Text, int? Restart, bool IsLegal, string Suffix, bool Hidden, string? StyleId)
{
    public static ListLevel Default { get; } = new(1, "decimal", string.Empty, null, false, "tab", false, null);
}
