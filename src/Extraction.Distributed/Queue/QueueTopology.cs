using RabbitMQ.Client;

namespace Extraction.Distributed.Queue;

/// <summary>The broker's queues: one durable quorum queue per lane, each with a delivery limit and a
/// dead-letter exchange, and the dead-letter queue behind it. Quorum queues replicate across a RabbitMQ cluster,
/// count deliveries (a message whose consumer died is returned and counted) and dead-letter a message once the
/// count passes the limit, so a document that keeps killing its worker leaves the lane by itself.</summary>
public static class QueueTopology
{
    public const string DeadLetterExchange = "extraction.dead";
    public const string DeadLetterQueue = "extraction.dead";

    /// <summary>Deliveries the broker allows a message before dead-lettering it. Buffered (prefetched, not started)
    /// messages of a worker that dies are counted too, so the limit is above <see cref="MaxStarts"/> and the
    /// dead-letter handler sends back messages that were not started that often.</summary>
    public const int DeliveryLimit = 5;

    /// <summary>Starts of a document without a result (its worker died each time) before it is given up with a
    /// problem record.</summary>
    public const int MaxStarts = 3;

    public static string QueueOf(Lane lane) => "extraction." + LaneNames.Of(lane);

    /// <summary>Declares the exchange and queues (idempotent: the same arguments every time).</summary>
    public static async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(DeadLetterExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(DeadLetterQueue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueBindAsync(DeadLetterQueue, DeadLetterExchange, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var lane in Enum.GetValues<Lane>())
        {
            await channel.QueueDeclareAsync(QueueOf(lane), durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                ["x-delivery-limit"] = DeliveryLimit,
                ["x-dead-letter-exchange"] = DeadLetterExchange,
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
