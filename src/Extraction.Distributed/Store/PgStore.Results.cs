using System.Globalization;
using Extraction.Output.Store;

namespace Extraction.Distributed.Store;

/// <summary>Results: written once per (content, tool key), in the same transaction that closes the document's work.</summary>
public sealed partial class PgStore
{
    /// <summary>The stored result for this content and tool, or a stored time-out under a limit at least
    /// <paramref name="timeoutSeconds"/> (the local store's reuse rule), or null.</summary>
    public async Task<string?> FindResultAsync(string sha256, string toolKey, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var prefix = ResultStore.TimeoutKey(toolKey, null);
        await using var command = Command("SELECT tool_key, json FROM results WHERE sha256 = $1 AND (tool_key = $2 OR left(tool_key, length($3)) = $3)");
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(toolKey);
        command.Parameters.AddWithValue(prefix);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        string? timedOut = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            if (key == toolKey)
            {
                return reader.GetString(1);
            }

            if (int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= timeoutSeconds)
            {
                timedOut = reader.GetString(1);
            }
        }

        return timedOut;
    }

    /// <summary>Stores the result unless one is already stored for the same content and tool key (a redelivered
    /// document finished twice keeps its first result), and closes the document's work as done or failed, in one
    /// transaction. Returns false when the result was already there.</summary>
    public async Task<bool> CommitResultAsync(StoredResult result, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO results (sha256, tool_key, file, path, failed, json, finished_utc) VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (sha256, tool_key) DO NOTHING
            """;
        insert.Parameters.AddWithValue(result.Sha256);
        insert.Parameters.AddWithValue(result.ToolKey);
        insert.Parameters.AddWithValue(System.IO.Path.GetFileName(result.Path));
        insert.Parameters.AddWithValue(result.Path);
        insert.Parameters.AddWithValue(result.Failed ? 1 : 0);
        insert.Parameters.AddWithValue(result.Json);
        insert.Parameters.AddWithValue(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        var inserted = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        await using var close = connection.CreateCommand();
        close.Transaction = transaction;
        close.CommandText = "UPDATE work SET state = $2, finished_utc = now() WHERE sha256 = $1";
        close.Parameters.AddWithValue(result.Sha256);
        close.Parameters.AddWithValue(result.Failed ? "failed" : "done");
        await close.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted;
    }

    /// <summary>Closes the document's work when its result was already stored (a duplicate or redelivered message).</summary>
    public async Task MarkFinishedAsync(string sha256, bool failed, CancellationToken cancellationToken)
    {
        await using var command = Command("UPDATE work SET state = $2, finished_utc = COALESCE(finished_utc, now()) WHERE sha256 = $1 AND state <> $2");
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(failed ? "failed" : "done");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
