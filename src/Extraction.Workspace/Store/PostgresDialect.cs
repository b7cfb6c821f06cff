using System.Data.Common;
using Extraction.Distributed.Store;
using Extraction.Output.Store;
using Npgsql;

namespace Extraction.Workspace.Store;

/// <summary>The same tables in the shared PostgreSQL store (a connection string or postgresql:// URL given with
/// --store), created by the store's own forward migrations (PgSchema, migration 2), so `extract serve` and the
/// distributed workers can share one database.</summary>
internal sealed class PostgresDialect : SqlDialect, IDisposable
{
    private readonly NpgsqlDataSource _source;

    public PostgresDialect(string store) => _source = NpgsqlDataSource.Create(PgConnectionString.Parse(store));

    public override DbConnection Open() => _source.OpenConnection();

    public override void Migrate(DbConnection connection) => SchemaMigrator.Migrate(connection, PgSchema.Migrations, PgSchema.SerializeMigrations);

    public override object Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc);

    public override DateTime ReadTime(DbDataReader reader, int ordinal) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);

    public void Dispose() => _source.Dispose();
}
