using System.Security.Cryptography;
using Extraction.Distributed.Queue;
using Extraction.Distributed.Store;
using RabbitMQ.Client;

namespace Extraction.Distributed.Submit;

/// <summary>Stores each file's bytes once by SHA-256, records the path it was submitted under, and queues the
/// content unless a result for this tool is already stored. The store is written before the message is published
/// (with publisher confirms and persistent delivery), so a worker never receives a document the store lacks; a
/// document queued twice is computed once (workers skip content whose result is stored).</summary>
public sealed class Submitter(PgStore store, IConnection connection, string toolKey, int timeoutSeconds)
{
    public async Task<SubmitSummary> SubmitAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), cancellationToken).ConfigureAwait(false);
        await QueueTopology.DeclareAsync(channel, cancellationToken).ConfigureAwait(false);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var queued = new HashSet<string>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        int submitted = 0, fresh = 0;
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            byte[] content;
            try
            {
                content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                unreadable.Add($"{path}: {ex.Message}");
                continue;
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(content));
            if (await store.PutSourceAsync(sha, content, cancellationToken).ConfigureAwait(false))
            {
                fresh++;
            }

            await store.AddSubmissionAsync(sha, path, cancellationToken).ConfigureAwait(false);
            submitted++;
            if (queued.Contains(sha) || await store.FindResultAsync(sha, toolKey, timeoutSeconds, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            var name = Path.GetFileName(path);
            var lane = CostEstimate.LaneOf(name, content);
            await store.QueueAsync(sha, name, lane, cancellationToken).ConfigureAwait(false);
            var message = new WorkMessage(sha, name, LaneNames.Of(lane));
            await channel.BasicPublishAsync(string.Empty, QueueTopology.QueueOf(lane), true, properties, message.ToBytes(), cancellationToken).ConfigureAwait(false);
            queued.Add(sha);
        }

        return new SubmitSummary(submitted, fresh, queued.Count, unreadable);
    }
}
