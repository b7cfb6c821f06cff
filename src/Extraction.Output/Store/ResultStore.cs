using System.Globalization;
using Extraction.Output.Tables;
using Microsoft.Data.Sqlite;

namespace Extraction.Output.Store;

/// <summary>extraction.db: every finished document's JSON result keyed by (file SHA-256, tool key), committed
/// as soon as the document finishes, plus the batch tables (documents, indicators, figures, findings, problems,
/// pairs) of the latest run. WAL journaling and one transaction per write, so a kill at any moment leaves the
/// database consistent and loses no committed result. Thread-safe: writes are serialised.</summary>
public sealed class ResultStore : IDisposable, Html.ICropCache
{
    public const string FileName = "extraction.db";

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS results (
          sha256 TEXT NOT NULL,
          tool_key TEXT NOT NULL,
          file TEXT NOT NULL,
          path TEXT NOT NULL,
          failed INTEGER NOT NULL,
          json TEXT NOT NULL,
          finished_utc TEXT NOT NULL,
          PRIMARY KEY (sha256, tool_key));
        CREATE TABLE IF NOT EXISTS crops (key TEXT PRIMARY KEY, png BLOB NOT NULL);
        """;

    public ResultStore(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, FileName);
        if (!File.Exists(path))
        {
            CreateAtomically(path);
        }

        _connection = Connect(path);
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=FULL;");
        Execute("PRAGMA busy_timeout=10000;");
        using var transaction = _connection.BeginTransaction();
        Execute(Schema, transaction); // an older store may lack a table
        transaction.Commit();
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Builds a new store under a temporary name (cleaned by <see cref="Files.AtomicFile.CleanTemporaries"/>
    /// if killed) and renames it into place with its schema, so extraction.db never exists without its tables.</summary>
    private static void CreateAtomically(string path)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path) ?? ".", $"{Files.AtomicFile.TempPrefix}{Guid.NewGuid():N}");
        try
        {
            using (var connection = Connect(temp))
            {
                using var command = connection.CreateCommand();
                command.CommandText = Schema + "PRAGMA journal_mode=WAL;";
                command.ExecuteNonQuery();
            }

            // A run that created the store meanwhile keeps its own; this one then opens it.
            if (!File.Exists(path))
            {
                File.Move(temp, path, overwrite: false);
            }
        }
        catch (IOException) when (File.Exists(path))
        {
        }
        finally
        {
            foreach (var leftover in new[] { temp, temp + "-wal", temp + "-shm", temp + "-journal" })
            {
                File.Delete(leftover);
            }
        }
    }

    public byte[]? Get(string key)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT png FROM crops WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            return command.ExecuteScalar() as byte[];
        }
    }

    public void Put(string key, byte[] png)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT OR REPLACE INTO crops (key, png) VALUES ($key, $png)";
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$png", png);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The stored JSON result for this content and tool, or null.</summary>
    public string? Find(string sha256, string toolKey)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT json FROM results WHERE sha256 = $sha AND tool_key = $tool";
            command.Parameters.AddWithValue("$sha", sha256);
            command.Parameters.AddWithValue("$tool", toolKey);
            return command.ExecuteScalar() as string;
        }
    }

    /// <summary>A stored time-out of this content and tool under a limit at least <paramref name="seconds"/>:
    /// running again under the same or a shorter limit would time out again.</summary>
    public string? FindTimedOut(string sha256, string toolKey, int seconds)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT tool_key, json FROM results WHERE sha256 = $sha AND substr(tool_key, 1, length($prefix)) = $prefix";
            command.Parameters.AddWithValue("$sha", sha256);
            command.Parameters.AddWithValue("$prefix", TimeoutKey(toolKey, null));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (int.TryParse(reader.GetString(0).AsSpan(TimeoutKey(toolKey, null).Length), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= seconds)
                {
                    return reader.GetString(1);
                }
            }

            return null;
        }
    }

    /// <summary>The key a time-out is stored under: the tool key and the limit that was exceeded.</summary>
    public static string TimeoutKey(string toolKey, int? seconds) =>
        toolKey + "/timeout/" + (seconds?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Stores one finished document's result in its own transaction.</summary>
    public void Save(string sha256, string toolKey, string path, bool failed, string json)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO results (sha256, tool_key, file, path, failed, json, finished_utc)
                VALUES ($sha, $tool, $file, $path, $failed, $json, $when)
                ON CONFLICT (sha256, tool_key) DO UPDATE SET file = excluded.file, path = excluded.path,
                  failed = excluded.failed, json = excluded.json, finished_utc = excluded.finished_utc
                """;
            command.Parameters.AddWithValue("$sha", sha256);
            command.Parameters.AddWithValue("$tool", toolKey);
            command.Parameters.AddWithValue("$file", Path.GetFileName(path));
            command.Parameters.AddWithValue("$path", path);
            command.Parameters.AddWithValue("$failed", failed ? 1 : 0);
            command.Parameters.AddWithValue("$json", json);
            command.Parameters.AddWithValue("$when", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>Replaces the batch tables with this run's, in one transaction.</summary>
    public void ReplaceTables(IReadOnlyList<Sheet> sheets)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var sheet in sheets)
            {
                Execute($"DROP TABLE IF EXISTS \"{sheet.Name}\"", transaction);
                var columns = string.Join(", ", sheet.Columns.Select(c => $"\"{c.Name}\" {SqlType(c.Kind)}"));
                Execute($"CREATE TABLE \"{sheet.Name}\" ({columns})", transaction);
                using var insert = _connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO \"{sheet.Name}\" VALUES ({string.Join(", ", sheet.Columns.Select((_, i) => "$p" + i))})";
                var parameters = sheet.Columns.Select((_, i) => insert.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
                foreach (var row in sheet.Rows)
                {
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        parameters[i].SqliteType = row[i] switch { decimal => SqliteType.Real, int => SqliteType.Integer, _ => SqliteType.Text };
                        parameters[i].Value = row[i] switch
                        {
                            null => DBNull.Value,
                            decimal d => (double)d,
                            var v => v,
                        };
                    }

                    insert.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            // Fold the WAL back so the single .db file is complete for readers that copy only it.
            try
            {
                Execute("PRAGMA wal_checkpoint(TRUNCATE);");
            }
            catch (SqliteException)
            {
            }

            _connection.Dispose();
        }
    }

    private static string SqlType(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "REAL",
        ColumnKind.Integer => "INTEGER",
        _ => "TEXT",
    };

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
