using RabbitMQ.Client;

namespace Extraction.Distributed.Queue;

/// <summary>Connects to RabbitMQ from an amqp:// URL. Automatic recovery is off: after a lost connection the
/// delivery tags in hand are void, so a worker stops (its unacknowledged messages go back to the queue) and its
/// supervisor starts it again.</summary>
public static class Broker
{
    public static Task<IConnection> ConnectAsync(string url, string clientName, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(url),
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            ClientProvidedName = clientName,
            RequestedHeartbeat = TimeSpan.FromSeconds(30),
        };
        return factory.CreateConnectionAsync(cancellationToken);
    }
}
