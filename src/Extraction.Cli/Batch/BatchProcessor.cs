using Extraction.Output.Tables;
using Extraction.Workspace.Processing;

namespace Extraction.Cli.Batch;

/// <summary>The workspace's processing: the same batch runner as `extract check` (same pipeline composition,
/// store reuse, time limit and batch outputs), reporting each stored result to the workspace.</summary>
internal sealed class BatchProcessor(string outputDirectory, int jobs, Output.OutputLanguage? language = null) : IDocumentProcessor
{
    public async Task ProcessAsync(IReadOnlyList<string> paths, IProcessingListener listener, CancellationToken cancellationToken)
    {
        var runner = new BatchRunner(new BatchOptions(outputDirectory) { Jobs = jobs, Language = language ?? Output.OutputLanguage.Default }, () => Composition.Pipeline(), Composition.EvidenceRenderer());
        await runner.RunAsync(paths, new Listener(listener), cancellationToken).ConfigureAwait(false);
    }

    private sealed class Listener(IProcessingListener listener) : IBatchProgress
    {
        // The batch names a file by its file name: uploads are named by their SHA-256, which is all the workspace needs.
        public void Started(string file) => listener.Started(file);

        public void Finished(string file, DocumentOutcome outcome, int findings, TimeSpan elapsed)
        {
        }

        public void Writing(string what)
        {
        }

        public void Stored(string path, BatchEntry entry) => listener.Finished(path, entry.Report);
    }
}
