using System.Globalization;
using Extraction.Distributed.Queue;
using Extraction.Distributed.Store;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Output.Reports;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Extraction.Distributed.Work;

/// <summary>Consumes documents from both lanes, at most <see cref="WorkerOptions.Jobs"/> at once, and
/// acknowledges a message only after its result is committed: a worker that dies at any point leaves its
/// unacknowledged messages to the broker, which delivers them again; a result already stored is not computed
/// twice. Messages the broker dead-letters come to <see cref="DeadLetters"/>.</summary>
public sealed class Worker : IDisposable
{
    private readonly PgStore _store;
    private readonly IConnection _connection;
    private readonly IDocumentProcessor _processor;
    private readonly WorkerOptions _options;
    private readonly TextWriter _log;
    private readonly SemaphoreSlim _channelGate = new(1, 1);
    private int _inHand;
    private bool _failed;
    private long _finished;

    public Worker(PgStore store, IConnection connection, IDocumentProcessor processor, WorkerOptions options, TextWriter log)
    {
        _store = store;
        _connection = connection;
        _processor = processor;
        _options = options;
        _log = log;
    }

    /// <summary>Documents this worker finished (stored or found stored).</summary>
    public long Finished => Interlocked.Read(ref _finished);

    /// <summary>Runs until cancelled, the connection is lost (returns 1), or, with <see cref="WorkerOptions.Drain"/>,
    /// the queues are empty (returns 0).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lost = false;
        Task OnShutdown(object sender, RabbitMQ.Client.Events.ShutdownEventArgs e)
        {
            lost = !stop.IsCancellationRequested;
            stop.Cancel();
            return Task.CompletedTask;
        }

        _connection.ConnectionShutdownAsync += OnShutdown;
        try
        {
            return await ConsumeAsync(stop).ConfigureAwait(false) || lost ? 1 : 0;
        }
        finally
        {
            _connection.ConnectionShutdownAsync -= OnShutdown;
        }
    }

    /// <summary>True when it stopped because the store or the broker failed.</summary>
    private async Task<bool> ConsumeAsync(CancellationTokenSource stop)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: stop.Token).ConfigureAwait(false);
        await using var publisher = await _connection.CreateChannelAsync(new CreateChannelOptions(true, true), stop.Token).ConfigureAwait(false);
        await QueueTopology.DeclareAsync(channel, stop.Token).ConfigureAwait(false);
        using var buffer = new LaneBuffer<Delivery>();
        var dead = new DeadLetters(_store, _processor.ToolKey, publisher, _log);

        // Prefetch per consumer: jobs text documents, jobs - 1 scans (at least 1). The broker never hands this
        // worker more, and with jobs >= 2 one slot is always left for text: a text document waits for a free slot,
        // never for a scan to finish. (A scan-only worker leaves that slot idle; OCR runs a document's pages in
        // parallel, so one fewer scan at a time costs little.)
        foreach (var lane in new[] { Lane.Text, Lane.Scan })
        {
            var prefetch = lane == Lane.Text ? _options.Jobs : Math.Max(1, _options.Jobs - 1);
            await channel.BasicQosAsync(0, (ushort)prefetch, false, stop.Token).ConfigureAwait(false);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, e) =>
            {
                Interlocked.Increment(ref _inHand);
                buffer.Add(lane, new Delivery(e.DeliveryTag, WorkMessage.FromBytes(e.Body.Span)));
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(QueueTopology.QueueOf(lane), autoAck: false, consumer, stop.Token).ConfigureAwait(false);
        }

        await channel.BasicQosAsync(0, 1, false, stop.Token).ConfigureAwait(false);
        var deadConsumer = new AsyncEventingBasicConsumer(channel);
        deadConsumer.ReceivedAsync += async (_, e) =>
        {
            Interlocked.Increment(ref _inHand);
            try
            {
                if (await dead.HandleAsync(WorkMessage.FromBytes(e.Body.Span), stop.Token).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _finished);
                }

                await ChannelAsync(c => c.BasicAckAsync(e.DeliveryTag, false, CancellationToken.None), channel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                Interlocked.Decrement(ref _inHand);
            }
        };
        await channel.BasicConsumeAsync(QueueTopology.DeadLetterQueue, autoAck: false, deadConsumer, stop.Token).ConfigureAwait(false);
        _log.WriteLine($"worker {_options.Name}: {_options.Jobs} at once, tool {_processor.ToolKey}, store schema v{_store.SchemaVersion}");

        var slots = Enumerable.Range(0, _options.Jobs).Select(_ => Task.Run(() => SlotAsync(channel, buffer, stop), CancellationToken.None)).ToList();
        if (_options.Drain)
        {
            slots.Add(Task.Run(() => DrainAsync(channel, stop), CancellationToken.None));
        }

        try
        {
            await Task.WhenAll(slots).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        if (_connection.IsOpen)
        {
            await channel.CloseAsync(CancellationToken.None).ConfigureAwait(false);
        }

        _log.WriteLine($"worker {_options.Name}: stopped after {Finished} documents");
        return _failed;
    }

    private async Task SlotAsync(IChannel channel, LaneBuffer<Delivery> buffer, CancellationTokenSource stop)
    {
        while (!stop.IsCancellationRequested)
        {
            Delivery delivery;
            try
            {
                delivery = await buffer.TakeAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                var acknowledge = await HandleAsync(delivery.Message, stop.Token).ConfigureAwait(false);
                await ChannelAsync(c => acknowledge
                    ? c.BasicAckAsync(delivery.Tag, false, CancellationToken.None)
                    : c.BasicRejectAsync(delivery.Tag, false, CancellationToken.None), channel).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return; // Not acknowledged: the broker delivers it again.
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The store or the broker is unreachable, or something no document should cause: stop as a dying worker
                // would (exit code 1); the message is not acknowledged, comes back, and its start is counted.
                await _log.WriteLineAsync($"worker {_options.Name}: {ex.GetType().Name}: {ex.Message}; stopping").ConfigureAwait(false);
                _failed = true;
                await stop.CancelAsync().ConfigureAwait(false);
                return;
            }
            finally
            {
                Interlocked.Decrement(ref _inHand);
            }
        }
    }

    /// <summary>Processes one message; true to acknowledge it, false to reject it to the dead-letter queue.</summary>
    private async Task<bool> HandleAsync(WorkMessage? message, CancellationToken cancellationToken)
    {
        if (message is null)
        {
            return false;
        }

        if (await _store.FindResultAsync(message.Sha256, _processor.ToolKey, _processor.TimeoutSeconds, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            await _store.MarkFinishedAsync(message.Sha256, ReportJson.Deserialize(stored).Failed, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _finished);
            return true;
        }

        if (await _store.AttemptsAsync(message.Sha256, cancellationToken).ConfigureAwait(false) >= QueueTopology.MaxStarts)
        {
            return false; // Started that often and never finished: its worker dies on it. Dead-letter it.
        }

        var attempt = await _store.StartAsync(message.Sha256, _options.Name, cancellationToken).ConfigureAwait(false);
        var directory = Path.Combine(_options.TempDirectory, message.Sha256 + "-" + attempt.ToString(CultureInfo.InvariantCulture));
        try
        {
            var path = await UnpackAsync(message, directory, cancellationToken).ConfigureAwait(false);
            var submitted = await _store.SubmittedPathAsync(message.Sha256, cancellationToken).ConfigureAwait(false) ?? message.File;
            ProcessedDocument processed;
            if (path is null)
            {
                var report = ReportMapper.Failed(submitted, message.Sha256, SourceFormat.FromExtension(Path.GetExtension(message.File)), "store", $"{message.File}: the document's content is not in the store", _processor.ToolKey,
                    Msg.Of("problem.content_missing", ("file", message.File)));
                processed = new ProcessedDocument(report, _processor.ToolKey);
            }
            else
            {
                processed = await _processor.ProcessAsync(path, cancellationToken).ConfigureAwait(false);
            }

            // The report names the path the document was submitted under, not this worker's copy.
            var result = processed.Report with { Source = processed.Report.Source with { Path = submitted } };
            await _store.CommitResultAsync(new StoredResult(message.Sha256, processed.StoreKey, submitted, result.Failed, ReportJson.Serialize(result)), CancellationToken.None).ConfigureAwait(false);
            Interlocked.Increment(ref _finished);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping cleanly is not a death: give the start back.
            await _store.ReleaseAsync(message.Sha256, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            TryDelete(directory);
        }
    }

    private async Task<string?> UnpackAsync(WorkMessage message, string directory, CancellationToken cancellationToken)
    {
        var content = await _store.ReadSourceAsync(message.Sha256, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return null;
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, message.File);
        await File.WriteAllBytesAsync(path, content, cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>With --drain: stops once both lanes and the dead-letter queue have been empty, with nothing in
    /// hand, for two looks a second apart.</summary>
    private async Task DrainAsync(IChannel channel, CancellationTokenSource stop)
    {
        var quiet = 0;
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), stop.Token).ConfigureAwait(false);
            uint waiting = 0;
            foreach (var queue in Enum.GetValues<Lane>().Select(QueueTopology.QueueOf).Append(QueueTopology.DeadLetterQueue))
            {
                waiting += await ChannelAsync(c => c.MessageCountAsync(queue, stop.Token), channel).ConfigureAwait(false);
            }

            quiet = waiting == 0 && Volatile.Read(ref _inHand) == 0 ? quiet + 1 : 0;
            if (quiet >= 2)
            {
                await stop.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task ChannelAsync(Func<IChannel, ValueTask> action, IChannel channel)
    {
        await _channelGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await action(channel).ConfigureAwait(false);
        }
        finally
        {
            _channelGate.Release();
        }
    }

    private async Task<T> ChannelAsync<T>(Func<IChannel, Task<T>> action, IChannel channel)
    {
        await _channelGate.WaitAsync().ConfigureAwait(false);
        try
        {
            return await action(channel).ConfigureAwait(false);
        }
        finally
        {
            _channelGate.Release();
        }
    }

    public void Dispose() => _channelGate.Dispose();

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
