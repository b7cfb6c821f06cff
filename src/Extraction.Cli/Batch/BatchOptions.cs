namespace Extraction.Cli.Batch;

/// <summary>How a batch runs: output folder, parallel documents, per-document time limit, whether to
/// reprocess stored results, and whether report.html gets page crops.</summary>
internal sealed record BatchOptions(string OutputDirectory)
{
    public int Jobs { get; init; } = Environment.ProcessorCount;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(300);

    public bool Force { get; init; }

    public bool EvidenceImages { get; init; } = true;

    public string ToolKey { get; init; } = Batch.ToolKey.Value;
}
