namespace Extraction.Cli.Batch;

/// <summary>How a batch runs: output folder, parallel documents, per-document time limit, whether to
/// reprocess stored results, and whether report.html gets page crops.</summary>
internal sealed record BatchOptions(string OutputDirectory)
{
    public int Jobs { get; init; } = Environment.ProcessorCount;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(300);

    public bool Force { get; init; }

    public bool EvidenceImages { get; init; } = true;

    /// <summary>Runs each document in a child process (see <see cref="ChildProcessPool"/>) so that a time-out
    /// stops the work and a memory blow-up ends only that document. The CLI sets it; in-process tests do not.</summary>
    public bool Isolated { get; init; }

    public string ToolKey { get; init; } = Batch.ToolKey.Value;

    /// <summary>Language of messages, report.html and workbook headers (`--lang`), and of the CSV header row when
    /// asked (`--csv-headers`; null = the stable column names).</summary>
    public Output.OutputLanguage Language { get; init; } = Output.OutputLanguage.Default;

    /// <summary>The reader limits the pipeline runs with (part of what a stored result depends on).</summary>
    public Extraction.Reading.ReaderOptions Reader { get; init; } = Extraction.Reading.ReaderOptions.Default;
}
