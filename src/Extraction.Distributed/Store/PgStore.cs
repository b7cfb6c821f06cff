using Extraction.Output.Store;
using Npgsql;

namespace Extraction.Distributed.Store;

/// <summary>The shared store in PostgreSQL: documents by content (SHA-256), submissions, each document's work
/// state, results by (SHA-256, tool key) and rendered crops. Opening it migrates the schema forward. Thread-safe:
/// every call takes its own pooled connection.</summary>
public sealed partial class PgStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source;

    private PgStore(NpgsqlDataSource source, int schemaVersion)
    {
        _source = source;
        SchemaVersion = schemaVersion;
    }

    public int SchemaVersion { get; }

    /// <summary>Connects (connection string or postgresql:// URL) and migrates the schema.</summary>
    public static async Task<PgStore> OpenAsync(string store, CancellationToken cancellationToken)
    {
        var source = NpgsqlDataSource.Create(PgConnectionString.Parse(store));
        try
        {
            await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var version = SchemaMigrator.Migrate(connection, PgSchema.Migrations, PgSchema.SerializeMigrations);
            return new PgStore(source, version);
        }
        catch
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private NpgsqlCommand Command(string sql) => _source.CreateCommand(sql);
}
