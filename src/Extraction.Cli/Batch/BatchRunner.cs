using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Extraction.Messages;
using Extraction.Cli.Inputs;
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
    private ChildProcessPool? _children;

    public BatchRunner(BatchOptions options, Func<DocumentPipeline> newPipeline, IEvidenceRenderer? renderer)
    {
        _options = options;
        _newPipeline = newPipeline;
        _renderer = renderer;
    }

    public Task<BatchSummary> RunAsync(IReadOnlyList<string> inputs, IBatchProgress progress, CancellationToken cancellationToken) =>
        RunAsync(inputs, [], progress, cancellationToken);

    /// <summary>Runs <paramref name="inputs"/> and lists <paramref name="skipped"/> with their reasons. Throws
    /// <see cref="OutputFolderException"/> when the output folder or its store cannot be written (exit 3).</summary>
    public async Task<BatchSummary> RunAsync(IReadOnlyList<string> inputs, IReadOnlyList<SkippedInput> skipped, IBatchProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var directory = _options.OutputDirectory;
        var paths = inputs.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToArray();
        var skips = skipped.Where(s => !paths.Contains(s.Path, StringComparer.Ordinal)).DistinctBy(s => s.Path, StringComparer.Ordinal).ToArray();
        var names = OutputNames.Assign(paths.Concat(skips.Select(s => s.Path)));
        var entries = new ConcurrentDictionary<string, BatchEntry>(StringComparer.Ordinal);
        var outcomes = new ConcurrentDictionary<string, DocumentOutcome>(StringComparer.Ordinal);
        using var store = Output(() =>
        {
            Directory.CreateDirectory(directory);
            AtomicFile.CleanTemporaries(directory);
            return new ResultStore(directory);
        });
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Jobs), CancellationToken = cancellationToken };
        using (_children = _options.Isolated ? new ChildProcessPool(_options.Jobs) : null)
        {
            await Parallel.ForEachAsync(paths, parallel, async (path, ct) =>
            {
                var (entry, outcome) = await ProcessAsync(path, names[path], store, progress, ct).ConfigureAwait(false);
                entries[path] = entry;
                outcomes[path] = outcome;
                progress.Stored(path, entry);
            }).ConfigureAwait(false);
        }

        _children = null;

        foreach (var skip in skips)
        {
            var report = ReportMapper.Skipped(skip.Path, SourceFormat.FromExtension(Path.GetExtension(skip.Path).ToLowerInvariant()), skip.Reason.Render(_options.Language.Text), _options.ToolKey);
            Output(() => BatchOutputs.WriteDocument(directory, names[skip.Path], ReportJson.Serialize(report)));
            entries[skip.Path] = new BatchEntry(report, names[skip.Path]);
            outcomes[skip.Path] = DocumentOutcome.Skipped;
            progress.Finished(report.Source.Name, DocumentOutcome.Skipped, 0, TimeSpan.Zero);
        }

        progress.Writing("batch outputs");
        var ordered = paths.Concat(skips.Select(s => s.Path)).Select(p => entries[p]).ToArray();
        Output(() => BatchOutputs.WriteBatch(ordered, directory, store, _options.EvidenceImages ? _renderer : null, _options.Language));
        return new BatchSummary(ordered, outcomes, clock.Elapsed);
    }

    /// <summary>Runs a write to the output folder; a failure there (full disk, read-only, store unusable) ends the
    /// batch as <see cref="OutputFolderException"/> rather than being mistaken for a document's failure.</summary>
    private T Output<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new OutputFolderException($"--out {_options.OutputDirectory}: cannot write the results: {ex.Message}", ex);
        }
    }

    private void Output(Action write) => Output(() =>
    {
        write();
        return 0;
    });

    private async Task<(BatchEntry Entry, DocumentOutcome Outcome)> ProcessAsync(string path, string outputName, ResultStore store, IBatchProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var file = new SourceFile(path);
        progress.Started(file.Name);
        var key = ResultKey;
        string? sha = null;
        using var hashing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // Hashing reads the whole file: it runs under the document's time limit like the reading does, and stops
            // with it. A file over the size limit is not hashed at all; the pipeline records it as too large.
            if (file.Length <= _options.Reader.MaxFileBytes)
            {
                hashing.CancelAfter(_options.Timeout);
                sha = await Task.Run(() => file.Hash(hashing.Token), CancellationToken.None).WaitAsync(_options.Timeout, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await hashing.CancelAsync().ConfigureAwait(false);
            var seconds = _options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            var late = Failed(file, "timeout", $"{file.Name}: timed out after {seconds} s (while hashing the file)", Msg.Of("problem.timed_out_hashing", ("file", file.Name), ("seconds", seconds)), sha: string.Empty);
            Output(() => BatchOutputs.WriteDocument(_options.OutputDirectory, outputName, ReportJson.Serialize(late)));
            progress.Finished(file.Name, DocumentOutcome.TimedOut, 0, clock.Elapsed);
            return (new BatchEntry(late, outputName), DocumentOutcome.TimedOut);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The pipeline records why the file cannot be opened.
        }

        if (sha is not null && !_options.Force && Stored(store, sha, key, file) is { } stored)
        {
            var reused = ReportLanguage.Render(stored with { Source = stored.Source with { Path = path } }, _options.Language.Text);
            Output(() => BatchOutputs.WriteDocument(_options.OutputDirectory, outputName, ReportJson.Serialize(reused)));
            progress.Finished(file.Name, DocumentOutcome.Reused, reused.Findings.Count, clock.Elapsed);
            return (new BatchEntry(reused, outputName, Reused: true), DocumentOutcome.Reused);
        }

        var remaining = _options.Timeout - clock.Elapsed;
        var (report, timedOut) = await RunPipelineAsync(file, remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1), cancellationToken).ConfigureAwait(false);
        var json = ReportJson.Serialize(report);
        if (report.Source.Sha256.Length > 0)
        {
            // Database first: a kill between the two leaves the result stored, and the next run rewrites the file.
            // A time-out is stored with its limit: a rerun under the same or a shorter limit reuses it, a longer one retries.
            Output(() => store.Save(report.Source.Sha256, timedOut ? ResultStore.TimeoutKey(key, TimeoutSeconds) : key, path, report.Failed, json));
        }

        Output(() => BatchOutputs.WriteDocument(_options.OutputDirectory, outputName, json));
        var outcome = timedOut ? DocumentOutcome.TimedOut : report.Status switch
        {
            ReportStatus.Failed => DocumentOutcome.Failed,
            ReportStatus.Skipped => DocumentOutcome.Skipped,
            ReportStatus.Partial => DocumentOutcome.Partial,
            _ => DocumentOutcome.Processed,
        };
        progress.Finished(file.Name, outcome, report.Findings.Count, clock.Elapsed);
        return (new BatchEntry(report, outputName), outcome);
    }

    /// <summary>One document through the pipeline as the batch runs it, with the key its result is stored under
    /// (the result key, or the time-out key): what a shared store's worker does per document.</summary>
    internal async Task<(Report Report, string Key)> ProcessOneAsync(string path, CancellationToken cancellationToken)
    {
        var (report, timedOut) = await RunPipelineAsync(new SourceFile(path), _options.Timeout, cancellationToken).ConfigureAwait(false);
        return (report, timedOut ? ResultStore.TimeoutKey(ResultKey, TimeoutSeconds) : ResultKey);
    }

    private int TimeoutSeconds => (int)Math.Ceiling(_options.Timeout.TotalSeconds);

    /// <summary>What a stored result depends on besides the content: the tool build and rules (the tool key) and
    /// the reader limits when they are not the defaults (so a shared store's workers, on the defaults, agree with
    /// local runs). The file's name is checked on reuse (<see cref="Stored"/>).</summary>
    private string ResultKey =>
        _options.Reader == ReaderOptions.Default ? _options.ToolKey : _options.ToolKey + "-" + OutputNames.ShortHash(_options.Reader.ToString());

    /// <summary>The stored result for this content and key, when it was made for a file of the same name: the
    /// extension decides the expected format and messages name the file, so a copy under another name is read
    /// afresh rather than given another file's result.</summary>
    private Report? Stored(ResultStore store, string sha, string key, SourceFile file)
    {
        var json = Output(() => store.Find(sha, key) ?? store.FindTimedOut(sha, key, TimeoutSeconds));
        if (json is null)
        {
            return null;
        }

        try
        {
            var stored = ReportJson.Deserialize(json);
            return string.Equals(Path.GetFileName(stored.Source.Path), file.Name, StringComparison.Ordinal) ? stored : null;
        }
        catch (JsonException)
        {
            return null; // An unreadable stored result is recomputed.
        }
    }

    /// <summary>The child side of <see cref="ChildProcessPool"/>: reads one JSON-quoted path a line from
    /// <paramref name="input"/>, runs it through this process's pipeline and answers with the report JSON,
    /// prefixed by its length in bytes and a newline. Ends when the input closes.</summary>
    public async Task<int> ServeChildAsync(Stream input, Stream output)
    {
        using var reader = new StreamReader(input, new System.Text.UTF8Encoding(false));
        await WarmUpAsync().ConfigureAwait(false);
        await output.WriteAsync(System.Text.Encoding.ASCII.GetBytes(ChildProcessPool.ReadyLine + "\n")).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var path = JsonSerializer.Deserialize<string>(line) ?? string.Empty;
            var (report, _) = await RunInProcessAsync(new SourceFile(path), Timeout.InfiniteTimeSpan, CancellationToken.None).ConfigureAwait(false);
            var bytes = System.Text.Encoding.UTF8.GetBytes(ReportJson.Serialize(report));
            await output.WriteAsync(System.Text.Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + "\n")).ConfigureAwait(false);
            await output.WriteAsync(bytes).ConfigureAwait(false);
            await output.FlushAsync().ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    // A fresh child compiles the pipeline on its first document; doing that on a small built-in page before
    // "ready" keeps start-up out of the first real document's time limit.
    private async Task WarmUpAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extraction-warmup-{Guid.NewGuid():N}.html");
        try
        {
            await File.WriteAllTextAsync(path, "<html><head><meta charset=\"utf-8\"></head><body><h1>部门整体支出绩效自评报告</h1><p>预算执行率为95.50%。</p><table><tr><td>一级指标</td><td>二级指标</td><td>分值</td><td>得分</td></tr><tr><td>决策</td><td>目标设定</td><td>10</td><td>9.5</td></tr></table></body></html>").ConfigureAwait(false);
            await RunInProcessAsync(new SourceFile(path), Timeout.InfiniteTimeSpan, CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // No temporary folder: the first document pays the start-up instead.
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<(Report Report, bool TimedOut)> RunPipelineAsync(SourceFile file, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_children is null)
        {
            return await RunInProcessAsync(file, timeout, cancellationToken).ConfigureAwait(false);
        }

        // In a child: a time-out kills the child with its tools, so no abandoned parse keeps running.
        var reply = await _children.RunAsync(file.Path, timeout, cancellationToken).ConfigureAwait(false);
        if (reply.TimedOut)
        {
            var seconds = _options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            return (Failed(file, "timeout", $"{file.Name}: timed out after {seconds} s", Msg.Of("problem.timed_out", ("file", file.Name), ("seconds", seconds))), true);
        }

        if (reply.Failure is not null)
        {
            return (Failed(file, "pipeline", $"{file.Name}: {reply.Failure}", Msg.Of("problem.reader_process_ended", ("file", file.Name), ("detail_en", reply.Failure))), false);
        }

        try
        {
            return (ReportJson.Deserialize(reply.Json!), false);
        }
        catch (JsonException ex)
        {
            return (Failed(file, "pipeline", $"{file.Name}: the reader process answered with unreadable JSON: {ex.Message}", Msg.Of("problem.reader_process_bad_reply", ("file", file.Name), ("detail_en", ex.Message))), false);
        }
    }

    private async Task<(Report Report, bool TimedOut)> RunInProcessAsync(SourceFile file, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pipeline = _idle.TryTake(out var idle) ? idle : _newPipeline();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Task.Run(() => pipeline.Process(file, limit.Token), CancellationToken.None);
        var finished = await Task.WhenAny(work, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
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

    private Report Failed(SourceFile file, string stage, string message, Msg text, string? sha = null)
    {
        var report = ReportMapper.Failed(file.Path, sha ?? ShaOrEmpty(file), SourceFormat.FromExtension(file.Extension), stage, message, _options.ToolKey);
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
