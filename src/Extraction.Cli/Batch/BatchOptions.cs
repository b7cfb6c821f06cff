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

    /// <summary>Language of messages, report.html and workbook headers (`--lang`), and of the CSV header row when
    /// asked (`--csv-headers`; null = the stable column names).</summary>
    public Output.OutputLanguage Language { get; init; } = Output.OutputLanguage.Default;
}
