namespace Extraction.Output.Reports;

/// <summary>Contract "source"; <see cref="Name"/>, <see cref="PageSizes"/> and <see cref="ToolKey"/> are extensions.</summary>
public sealed record ReportSource(string Path, string Sha256, string Format, int Pages)
{
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Page sizes in points, where the format has geometry (used to place evidence crops).</summary>
    public IReadOnlyList<ReportPageSize> PageSizes { get; init; } = [];

    /// <summary>Hash of the tool build and rule set that produced this result.</summary>
    public string? ToolKey { get; init; }
}
