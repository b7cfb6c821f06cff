using System.CommandLine;

namespace Extraction.Cli.Distributed;

/// <summary>--store and --broker, shared by submit, worker, status and export. Either may come from the
/// environment (EXTRACTION_STORE, EXTRACTION_BROKER) to keep passwords off the command line.</summary>
internal static class SharedOptions
{
    /// <summary>CONTRACT.md exit code 3: the store or broker cannot be used.</summary>
    public const int Unusable = 3;

    public static Option<string> Store() => new("--store")
    {
        Description = "PostgreSQL store: a connection string (Host=…;Database=…;Username=…;Password=…) or postgresql://user:pass@host:port/db. Default: $EXTRACTION_STORE.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("EXTRACTION_STORE") ?? string.Empty,
    };

    public static Option<string> Broker() => new("--broker")
    {
        Description = "RabbitMQ URL, amqp://user:pass@host:port/vhost. Default: $EXTRACTION_BROKER.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("EXTRACTION_BROKER") ?? string.Empty,
    };

    /// <summary>Null when both given values are present, else the message to print.</summary>
    public static string? Missing(string store, string? broker = "")
    {
        if (store.Length == 0)
        {
            return "--store is required (or set EXTRACTION_STORE)";
        }

        return broker is { Length: 0 } ? "--broker is required (or set EXTRACTION_BROKER)" : null;
    }
}
