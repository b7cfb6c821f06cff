namespace Extraction.Word;

/// <summary>A cell's w:vMerge: none, "restart" (opens a merge) or continue (extends the one above).</summary>
internal enum VerticalMerge
{
    None,
    Restart,
    Continue,
}
