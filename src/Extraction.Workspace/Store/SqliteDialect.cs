using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Extraction.Workspace.Store;

/// <summary>extraction.db in the output folder (the file src/Extraction.Output writes), WAL journaled.</summary>
internal sealed class SqliteDialect(string outputDirectory) : SqlDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(outputDirectory, Output.Store.ResultStore.FileName),
        DefaultTimeout = 30, // also how long a write waits for the batch runner's transaction
    }.ToString();

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    // extraction.db has no schema_version (ResultStore creates its tables if missing); the workspace does the same.
    public override void Migrate(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS workspace_documents (
          sha256 TEXT PRIMARY KEY,
          display_name TEXT NOT NULL,
          extension TEXT NOT NULL,
          bytes INTEGER NOT NULL,
          uploaded_by TEXT NOT NULL,
          uploaded_utc TEXT NOT NULL,
          status TEXT NOT NULL,
          report_json TEXT);
        CREATE TABLE IF NOT EXISTS decisions (
          sha256 TEXT NOT NULL,
          fingerprint TEXT NOT NULL,
          verdict TEXT NOT NULL,
          note TEXT NOT NULL,
          reviewer TEXT NOT NULL,
          decided_utc TEXT NOT NULL,
          PRIMARY KEY (sha256, fingerprint));
        CREATE TABLE IF NOT EXISTS decision_history (
          sha256 TEXT NOT NULL,
          fingerprint TEXT NOT NULL,
          verdict TEXT NOT NULL,
          note TEXT NOT NULL,
          reviewer TEXT NOT NULL,
          decided_utc TEXT NOT NULL);
        """;

    public override object Time(DateTime utc) => utc.ToString("O", CultureInfo.InvariantCulture);

    public override DateTime ReadTime(DbDataReader reader, int ordinal) =>
        DateTime.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
