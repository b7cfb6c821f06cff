using Extraction.Output.Reports;
using Extraction.Workspace.Store;
using Microsoft.Extensions.Logging;

namespace Extraction.Workspace.Processing;

/// <summary>One background loop that processes uploads: when woken and some document is queued, it runs the
/// batch over every stored upload (unchanged ones are reused from extraction.db, so the batch outputs in the
/// output folder cover the whole workspace) and records each result as it finishes.</summary>
internal sealed class ProcessingQueue : IProcessingListener, IAsyncDisposable
{
    private readonly IWorkspaceStore _store;
    private readonly IDocumentProcessor _processor;
    private readonly WorkspaceOptions _options;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ProcessingQueue(IWorkspaceStore store, IDocumentProcessor processor, WorkspaceOptions options, ILogger log)
    {
        _store = store;
        _processor = processor;
        _options = options;
        _log = log;
        // Documents left queued or running by a stopped server are processed again.
        foreach (var document in _store.Documents().Where(d => d.Status is DocumentStatus.Running))
        {
            _store.SetStatus(document.Sha256, DocumentStatus.Queued);
        }

        _loop = Task.Run(LoopAsync);
        Wake();
    }

    public void Wake() => _signal.Release();

    public void Started(string path)
    {
        if (ShaOf(path) is { } sha && _store.Document(sha) is { Status: DocumentStatus.Queued })
        {
            _store.SetStatus(sha, DocumentStatus.Running);
        }
    }

    public void Finished(string path, Report report)
    {
        if (ShaOf(path) is { } sha)
        {
            var status = report.Status switch
            {
                Extraction.Output.Reports.ReportStatus.Failed => DocumentStatus.Failed,
                Extraction.Output.Reports.ReportStatus.Skipped => DocumentStatus.Skipped,
                _ => DocumentStatus.Done,
            };
            _store.SaveResult(sha, status, ReportJson.Serialize(report));
        }
    }

    public string PathOf(StoredDocument document) => Path.Combine(_options.UploadDirectory, document.Sha256 + document.Extension);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _signal.Dispose();
    }

    private async Task LoopAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            await _signal.WaitAsync(token).ConfigureAwait(false);
            while (_signal.CurrentCount > 0)
            {
                await _signal.WaitAsync(token).ConfigureAwait(false); // several uploads, one batch
            }

            var documents = _store.Documents();
            if (!documents.Any(d => d.Status is DocumentStatus.Queued))
            {
                continue;
            }

            var paths = documents.Select(PathOf).Where(File.Exists).ToArray();
            try
            {
                await _processor.ProcessAsync(paths, this, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _log.LogError(ex, "batch over {Count} uploads failed", paths.Length);
            }

            // Anything the batch did not report on (a file missing from disk) is not left queued for ever.
            foreach (var document in _store.Documents().Where(d => d.Status is DocumentStatus.Queued or DocumentStatus.Running))
            {
                if (!File.Exists(PathOf(document)))
                {
                    _store.SetStatus(document.Sha256, DocumentStatus.Failed);
                }
            }
        }
    }

    private static string? ShaOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Length == 64 && name.All(char.IsAsciiHexDigitLower) ? name : null;
    }
}
