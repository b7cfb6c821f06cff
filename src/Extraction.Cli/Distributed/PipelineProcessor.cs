using Extraction.Cli.Batch;
using Extraction.Distributed.Work;

namespace Extraction.Cli.Distributed;

/// <summary>A worker's documents go through the local batch's own per-document processing (same pipeline, time
/// limit and guard), so a shared-store result equals a local one.</summary>
internal sealed class PipelineProcessor(BatchOptions options) : IDocumentProcessor
{
    private readonly BatchRunner _runner = new(options, () => Composition.Pipeline(), renderer: null);

    public string ToolKey => options.ToolKey;

    public int TimeoutSeconds => (int)Math.Ceiling(options.Timeout.TotalSeconds);

    public async Task<ProcessedDocument> ProcessAsync(string path, CancellationToken cancellationToken)
    {
        var (report, key) = await _runner.ProcessOneAsync(path, cancellationToken).ConfigureAwait(false);
        return new ProcessedDocument(report, key);
    }
}
