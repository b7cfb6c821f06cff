using System.Globalization;
using Extraction.Distributed.Queue;
using Extraction.Distributed.Store;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Output.Reports;
using RabbitMQ.Client;

namespace Extraction.Distributed.Work;

/// <summary>Handles what the broker dead-lettered. A document started <see cref="QueueTopology.MaxStarts"/> times
/// without finishing killed its workers: it gets a failed result with a problem record naming the cause, so the
/// batch finishes and export lists it. A document dead-lettered without being started that often (it sat in the
/// buffers of workers that died) goes back to its lane.</summary>
internal sealed class DeadLetters(PgStore store, string toolKey, IChannel publisher, TextWriter log)
{
    /// <summary>True when it stored a failed result.</summary>
    public async Task<bool> HandleAsync(WorkMessage? message, CancellationToken cancellationToken)
    {
        if (message is null)
        {
            await log.WriteLineAsync("dead-letter queue: a message that is not a work message was dropped").ConfigureAwait(false);
            return false;
        }

        if (await store.FindResultAsync(message.Sha256, toolKey, 0, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var attempts = await store.AttemptsAsync(message.Sha256, cancellationToken).ConfigureAwait(false);
        if (attempts < QueueTopology.MaxStarts)
        {
            var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
            await publisher.BasicPublishAsync(string.Empty, QueueTopology.QueueOf(LaneNames.Parse(message.Lane)), true, properties, message.ToBytes(), cancellationToken).ConfigureAwait(false);
            return false;
        }

        var path = await store.SubmittedPathAsync(message.Sha256, cancellationToken).ConfigureAwait(false) ?? message.File;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{message.File}: its worker stopped {attempts} times while processing it (killed, out of memory or crashed); not retried");
        var report = ReportMapper.Failed(path, message.Sha256, SourceFormat.FromExtension(Path.GetExtension(message.File)), "worker", text, toolKey,
            Msg.Of("problem.worker_died", ("file", message.File), ("attempts", attempts.ToString(CultureInfo.InvariantCulture))));
        await store.CommitResultAsync(new StoredResult(message.Sha256, toolKey, path, true, ReportJson.Serialize(report)), CancellationToken.None).ConfigureAwait(false);
        await log.WriteLineAsync($"dead-letter queue: {text}").ConfigureAwait(false);
        return true;
    }
}
