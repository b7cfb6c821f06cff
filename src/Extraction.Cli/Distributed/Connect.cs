using Extraction.Distributed.Queue;
using Extraction.Distributed.Store;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Extraction.Cli.Distributed;

/// <summary>Opens the store and the broker, saying which one failed and why (exit code 3).</summary>
internal static class Connect
{
    public static async Task<PgStore?> StoreAsync(string store, CancellationToken cancellationToken)
    {
        try
        {
            return await PgStore.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"store: cannot use the PostgreSQL store: {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }

    public static async Task<IConnection?> BrokerAsync(string broker, string role, CancellationToken cancellationToken)
    {
        try
        {
            return await Broker.ConnectAsync(broker, $"extract {role} {Environment.MachineName}/{Environment.ProcessId}", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or UriFormatException or ArgumentException or OperationInterruptedException or IOException)
        {
            await Console.Error.WriteLineAsync($"broker: cannot connect to RabbitMQ: {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
