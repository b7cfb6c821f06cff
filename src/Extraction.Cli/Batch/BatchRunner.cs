using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Output;
using Extraction.Output.Files;
using Extraction.Output.Html;
using Extraction.Output.Reports;
using Extraction.Output.Store;
using Extraction.Output.Tables;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Cli.Batch;

/// <summary>Runs documents through the pipeline in parallel (bounded), each under a time limit, storing each
/// result in extraction.db and its JSON file the moment it finishes; a rerun reuses stored results for files
/// whose content and tool key are unchanged. Then writes the batch outputs.</summary>
internal sealed class BatchRunner
{
    private readonly BatchOptions _options;
    private readonly Func<DocumentPipeline> _newPipeline;
    private readonly IEvidenceRenderer? _renderer;
    private readonly ConcurrentBag<DocumentPipeline> _idle = [];

    public BatchRunner(BatchOptions options, Func<DocumentPipeline> newPipeline, IEvidenceRenderer? renderer)
    {
        _options = options;
        _newPipeline = newPipeline;
        _renderer = renderer;
    }

    public async Task<BatchSummary> RunAsync(IReadOnlyList<string> inputs, IBatchProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var directory = _options.OutputDirectory;
        Directory.CreateDirectory(directory);
        AtomicFile.CleanTemporaries(directory);
        var names = OutputNames.Assign(inputs);
        var entries = new ConcurrentDictionary<string, BatchEntry>(StringComparer.Ordinal);
        var outcomes = new ConcurrentDictionary<string, DocumentOutcome>(StringComparer.Ordinal);
        using (var store = new ResultStore(directory))
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Jobs), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(inputs.Select(Path.GetFullPath), parallel, async (path, ct) =>
            {
                var (entry, outcome) = await ProcessAsync(path, names[path], store, progress, ct).ConfigureAwait(false);
                entries[path] = entry;
                outcomes[path] = outcome;
                progress.Stored(path, entry);
            }).ConfigureAwait(false);

            progress.Writing("batch outputs");
            var ordered = inputs.Select(Path.GetFullPath).Select(p => entries[p]).ToArray();
            BatchOutputs.WriteBatch(ordered, directory, store, _options.EvidenceImages ? _renderer : null, _options.Language);
            return new BatchSummary(ordered, outcomes, clock.Elapsed);
        }
    }

    private async Task<(BatchEntry Entry, DocumentOutcome Outcome)> ProcessAsync(string path, string outputName, ResultStore store, IBatchProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var file = new SourceFile(path);
        progress.Started(file.Name);
        string? sha = null;
        try
        {
            sha = file.Sha256;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The pipeline records why the file cannot be opened.
        }

        if (sha is not null && !_options.Force && Stored(store, sha) is { } stored)
        {
            var reused = ReportLanguage.Render(stored with { Source = stored.Source with { Path = path } }, _options.Language.Text);
            BatchOutputs.WriteDocument(_options.OutputDirectory, outputName, ReportJson.Serialize(reused));
            progress.Finished(file.Name, DocumentOutcome.Reused, reused.Findings.Count, clock.Elapsed);
            return (new BatchEntry(reused, outputName, Reused: true), DocumentOutcome.Reused);
        }

        var (report, timedOut) = await RunPipelineAsync(file, cancellationToken).ConfigureAwait(false);
        var json = ReportJson.Serialize(report);
        if (report.Source.Sha256.Length > 0)
        {
            // Database first: a kill between the two leaves the result stored, and the next run rewrites the file.
            // A time-out is stored with its limit: a rerun under the same or a shorter limit reuses it, a longer one retries.
            store.Save(report.Source.Sha256, timedOut ? ResultStore.TimeoutKey(_options.ToolKey, TimeoutSeconds) : _options.ToolKey, path, report.Failed, json);
        }

        BatchOutputs.WriteDocument(_options.OutputDirectory, outputName, json);
        var outcome = timedOut ? DocumentOutcome.TimedOut : report.Failed ? DocumentOutcome.Failed : DocumentOutcome.Processed;
        progress.Finished(file.Name, outcome, report.Findings.Count, clock.Elapsed);
        return (new BatchEntry(report, outputName), outcome);
    }

    /// <summary>One document through the pipeline as the batch runs it, with the key its result is stored under
    /// (the tool key, or the time-out key): what a shared store's worker does per document.</summary>
    internal async Task<(Report Report, string Key)> ProcessOneAsync(string path, CancellationToken cancellationToken)
    {
        var (report, timedOut) = await RunPipelineAsync(new SourceFile(path), cancellationToken).ConfigureAwait(false);
        return (report, timedOut ? ResultStore.TimeoutKey(_options.ToolKey, TimeoutSeconds) : _options.ToolKey);
    }

    private int TimeoutSeconds => (int)Math.Ceiling(_options.Timeout.TotalSeconds);

    private Report? Stored(ResultStore store, string sha)
    {
        var json = store.Find(sha, _options.ToolKey) ?? store.FindTimedOut(sha, _options.ToolKey, TimeoutSeconds);
        if (json is null)
        {
            return null;
        }

        try
        {
            return ReportJson.Deserialize(json);
        }
        catch (JsonException)
        {
            return null; // An unreadable stored result is recomputed.
        }
    }

    private async Task<(Report Report, bool TimedOut)> RunPipelineAsync(SourceFile file, CancellationToken cancellationToken)
    {
        var pipeline = _idle.TryTake(out var idle) ? idle : _newPipeline();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Task.Run(() => pipeline.Process(file, limit.Token), CancellationToken.None);
        var finished = await Task.WhenAny(work, Task.Delay(_options.Timeout, cancellationToken)).ConfigureAwait(false);
        if (finished != work)
        {
            await limit.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            // Stages that ignore cancellation keep running; their pipeline is not reused until they stop.
            _ = work.ContinueWith(t => { _ = t.Exception; }, TaskScheduler.Default);
            var seconds = _options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            return (Failed(file, "timeout", $"{file.Name}: timed out after {seconds} s", Msg.Of("problem.timed_out", ("file", file.Name), ("seconds", seconds))), true);
        }

        try
        {
            var result = await work.ConfigureAwait(false);
            _idle.Add(pipeline);
            return (ReportMapper.From(result, _options.ToolKey, _options.Language.Text), false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _idle.Add(pipeline);
            return (Failed(file, "pipeline", $"{file.Name}: processing was cancelled", Msg.Of("problem.cancelled", ("file", file.Name))), false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // The pipeline records stage failures itself; this is a last guard so one document never stops the batch.
            return (Failed(file, "pipeline", $"{file.Name}: {ex.GetType().Name}: {ex.Message}", Msg.Of("problem.pipeline_failed", ("file", file.Name), ("detail_en", $"{ex.GetType().Name}: {ex.Message}"))), false);
        }
    }

    private Report Failed(SourceFile file, string stage, string message, Msg text)
    {
        var report = ReportMapper.Failed(file.Path, ShaOrEmpty(file), SourceFormat.FromExtension(file.Extension), stage, message, _options.ToolKey);
        return report with
        {
            Problems = [report.Problems[0] with { Message = text.Render(_options.Language.Text), MessageRef = ReportMessage.From(text) }],
        };
    }

    private static string ShaOrEmpty(SourceFile file)
    {
        try
        {
            return file.Sha256;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
