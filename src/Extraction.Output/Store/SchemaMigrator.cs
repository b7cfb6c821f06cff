using System.Data.Common;
using System.Globalization;

namespace Extraction.Output.Store;

/// <summary>Brings a database's schema forward: a schema_version table lists the migrations applied; the pending
/// ones run in order in one transaction together with their schema_version rows, so a crash leaves the schema
/// where it was. A database newer than this build (a higher version than it knows) is refused rather than
/// written with an older idea of the tables.</summary>
public static class SchemaMigrator
{
    public const string Table = "schema_version";

    /// <param name="serialize">Run first inside each transaction so concurrent migrators queue up (PostgreSQL:
    /// an advisory transaction lock); null where the transaction itself serialises writers (SQLite).</param>
    /// <returns>The schema version after migrating.</returns>
    public static int Migrate(DbConnection connection, IReadOnlyList<Migration> migrations, string? serialize = null)
    {
        Check(migrations);
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        using var transaction = connection.BeginTransaction();
        if (serialize is not null)
        {
            Execute(connection, transaction, serialize);
        }

        Execute(connection, transaction, $"CREATE TABLE IF NOT EXISTS {Table} (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_utc TEXT NOT NULL)");
        var current = CurrentVersion(connection, transaction);
        if (current > known)
        {
            throw new InvalidOperationException($"the store's schema is version {current}, newer than this build knows ({known}); upgrade the tool");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = $"INSERT INTO {Table} (version, description, applied_utc) VALUES ({migration.Version.ToString(CultureInfo.InvariantCulture)}, @description, @applied)";
            AddParameter(record, "@description", migration.Description);
            AddParameter(record, "@applied", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return Math.Max(current, known);
    }

    /// <summary>The highest applied version (0 for a new database).</summary>
    public static int CurrentVersion(DbConnection connection, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX(version), 0) FROM {Table}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Check(IReadOnlyList<Migration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new ArgumentException($"migration {i + 1} expected, found version {migrations[i].Version} ({migrations[i].Description}): versions run 1, 2, 3, … in order", nameof(migrations));
            }
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
