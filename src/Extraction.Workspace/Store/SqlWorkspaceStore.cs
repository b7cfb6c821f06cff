using System.Data.Common;

namespace Extraction.Workspace.Store;

/// <summary>The workspace tables over ADO.NET; one connection per call (pooled), each write one statement or
/// one transaction, so several reviewers and the batch runner can work at once.</summary>
internal sealed class SqlWorkspaceStore : IWorkspaceStore
{
    private const string DocumentColumns = "sha256, display_name, extension, bytes, uploaded_by, uploaded_utc, status, report_json";
    private const string DecisionColumns = "sha256, fingerprint, verdict, note, reviewer, decided_utc";

    private readonly SqlDialect _dialect;

    public SqlWorkspaceStore(SqlDialect dialect)
    {
        _dialect = dialect;
        using var connection = _dialect.Open();
        _dialect.Migrate(connection);
    }

    /// <summary>extraction.db in the output folder, or PostgreSQL when <paramref name="connectionString"/> is given.</summary>
    public static IWorkspaceStore Open(string outputDirectory, string? connectionString) =>
        new SqlWorkspaceStore(string.IsNullOrWhiteSpace(connectionString) ? new SqliteDialect(outputDirectory) : new PostgresDialect(connectionString));

    public bool AddDocument(StoredDocument document)
    {
        using var connection = _dialect.Open();
        using var command = Command(connection, $"INSERT INTO workspace_documents ({DocumentColumns}) VALUES (@sha, @name, @ext, @bytes, @by, @when, @status, NULL) ON CONFLICT (sha256) DO NOTHING",
            ("sha", document.Sha256), ("name", document.DisplayName), ("ext", document.Extension), ("bytes", document.Bytes),
            ("by", document.UploadedBy), ("when", _dialect.Time(document.UploadedUtc)), ("status", document.Status));
        return command.ExecuteNonQuery() > 0;
    }

    public void SetStatus(string sha256, string status)
    {
        using var connection = _dialect.Open();
        using var command = Command(connection, "UPDATE workspace_documents SET status = @status WHERE sha256 = @sha", ("status", status), ("sha", sha256));
        command.ExecuteNonQuery();
    }

    public void SaveResult(string sha256, string status, string reportJson)
    {
        using var connection = _dialect.Open();
        using var command = Command(connection, "UPDATE workspace_documents SET status = @status, report_json = @json WHERE sha256 = @sha",
            ("status", status), ("json", reportJson), ("sha", sha256));
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<StoredDocument> Documents() => ReadDocuments(null);

    public StoredDocument? Document(string sha256) => ReadDocuments(sha256).FirstOrDefault();

    public void SaveDecision(Decision decision)
    {
        using var connection = _dialect.Open();
        using var transaction = connection.BeginTransaction();
        (string, object)[] values =
        [
            ("sha", decision.Sha256), ("fp", decision.Fingerprint), ("verdict", decision.Verdict), ("note", decision.Note),
            ("reviewer", decision.Reviewer), ("when", _dialect.Time(decision.DecidedUtc)),
        ];
        using (var upsert = Command(connection, $"""
            INSERT INTO decisions ({DecisionColumns}) VALUES (@sha, @fp, @verdict, @note, @reviewer, @when)
            ON CONFLICT (sha256, fingerprint) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,
              reviewer = excluded.reviewer, decided_utc = excluded.decided_utc
            """, values))
        {
            upsert.Transaction = transaction;
            upsert.ExecuteNonQuery();
        }

        using (var history = Command(connection, $"INSERT INTO decision_history ({DecisionColumns}) VALUES (@sha, @fp, @verdict, @note, @reviewer, @when)", values))
        {
            history.Transaction = transaction;
            history.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IReadOnlyList<Decision> Decisions(string? sha256 = null)
    {
        using var connection = _dialect.Open();
        using var command = sha256 is null
            ? Command(connection, $"SELECT {DecisionColumns} FROM decisions")
            : Command(connection, $"SELECT {DecisionColumns} FROM decisions WHERE sha256 = @sha", ("sha", sha256));
        using var reader = command.ExecuteReader();
        var decisions = new List<Decision>();
        while (reader.Read())
        {
            decisions.Add(new Decision(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), _dialect.ReadTime(reader, 5)));
        }

        return decisions;
    }

    public void Dispose() => (_dialect as IDisposable)?.Dispose();

    private List<StoredDocument> ReadDocuments(string? sha256)
    {
        using var connection = _dialect.Open();
        using var command = sha256 is null
            ? Command(connection, $"SELECT {DocumentColumns} FROM workspace_documents ORDER BY uploaded_utc, sha256")
            : Command(connection, $"SELECT {DocumentColumns} FROM workspace_documents WHERE sha256 = @sha", ("sha", sha256));
        using var reader = command.ExecuteReader();
        var documents = new List<StoredDocument>();
        while (reader.Read())
        {
            documents.Add(new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
                _dialect.ReadTime(reader, 5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return documents;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
