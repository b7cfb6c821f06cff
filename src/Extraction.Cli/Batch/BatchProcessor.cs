using System.Collections.Concurrent;
using Extraction.Distributed.Store;
using Extraction.Output.Reports;
using Extraction.Output.Store;
using Extraction.Output.Tables;
using Extraction.Reading;
using Extraction.Workspace.Processing;

namespace Extraction.Cli.Batch;

/// <summary>The workspace's processing: the same batch runner as `extract check` (same pipeline composition,
/// store reuse, time limit and batch outputs), reporting each stored result to the workspace. With a shared
/// PostgreSQL store (`serve --store`), results also go through it (the `results` table of submit/worker/export):
/// a document whose result for this build is there is not processed again (it is copied into the local
/// extraction.db the batch reuses from), and every result this server computes is committed there.</summary>
internal sealed class BatchProcessor(string outputDirectory, int jobs, Output.OutputLanguage? language = null, string? sharedStore = null) : IDocumentProcessor
{
    public async Task ProcessAsync(IReadOnlyList<string> paths, IProcessingListener listener, CancellationToken cancellationToken)
    {
        var options = new BatchOptions(outputDirectory) { Jobs = jobs, Language = language ?? Output.OutputLanguage.Default };
        var runner = new BatchRunner(options, () => Composition.Pipeline(), Composition.EvidenceRenderer());
        if (sharedStore is null)
        {
            await runner.RunAsync(paths, new Listener(listener, null), cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var shared = await PgStore.OpenAsync(sharedStore, cancellationToken).ConfigureAwait(false);
        await SeedAsync(shared, paths, options, cancellationToken).ConfigureAwait(false);
        var computed = new ConcurrentQueue<(string Path, BatchEntry Entry)>();
        await runner.RunAsync(paths, new Listener(listener, computed), cancellationToken).ConfigureAwait(false);
        // A time-out or a cancellation depends on this run, not on the document: it is not shared.
        foreach (var (path, entry) in computed.Where(c => !c.Entry.Reused && !c.Entry.Report.Problems.Any(p => p.Stage is "timeout" or "pipeline")))
        {
            var report = entry.Report;
            await shared.CommitResultAsync(new StoredResult(report.Source.Sha256, report.Source.ToolKey ?? options.ToolKey, path, report.Failed, ReportJson.Serialize(report)), cancellationToken).ConfigureAwait(false);
        }
    }

    // Results the shared store has for this build and the local store has not: copied in, so the batch reuses them.
    private static async Task SeedAsync(PgStore shared, IReadOnlyList<string> paths, BatchOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        using var local = new ResultStore(options.OutputDirectory);
        foreach (var path in paths)
        {
            string sha;
            try
            {
                sha = new SourceFile(path).Sha256;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue; // the batch records why it cannot be read
            }

            if (local.Find(sha, options.ToolKey) is null
                && await shared.FindResultAsync(sha, options.ToolKey, (int)options.Timeout.TotalSeconds, cancellationToken).ConfigureAwait(false) is { } json
                && ReportJson.Deserialize(json) is { Failed: false, Source.ToolKey: var key } && key == options.ToolKey)
            {
                local.Save(sha, options.ToolKey, path, failed: false, json);
            }
        }
    }

    private sealed class Listener(IProcessingListener listener, ConcurrentQueue<(string, BatchEntry)>? computed) : IBatchProgress
    {
        // The batch names a file by its file name: uploads are named by their SHA-256, which is all the workspace needs.
        public void Started(string file) => listener.Started(file);

        public void Finished(string file, DocumentOutcome outcome, int findings, TimeSpan elapsed)
        {
        }

        public void Writing(string what)
        {
        }

        public void Stored(string path, BatchEntry entry)
        {
            computed?.Enqueue((path, entry));
            listener.Finished(path, entry.Report);
        }
    }
}
