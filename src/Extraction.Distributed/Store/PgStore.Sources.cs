using Extraction.Distributed.Queue;
using NpgsqlTypes;

namespace Extraction.Distributed.Store;

/// <summary>Documents stored once by content, the paths they were submitted under, and their queue state.</summary>
public sealed partial class PgStore
{
    /// <summary>Stores the document's bytes unless the same content is already there; true when it was new.</summary>
    public async Task<bool> PutSourceAsync(string sha256, byte[] content, CancellationToken cancellationToken)
    {
        await using var command = Command("INSERT INTO sources (sha256, bytes, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING");
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue((long)content.Length);
        command.Parameters.AddWithValue(NpgsqlDbType.Bytea, content);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<byte[]?> ReadSourceAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT content FROM sources WHERE sha256 = $1");
        command.Parameters.AddWithValue(sha256);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }

    /// <summary>Records that <paramref name="path"/> (as the submitter named it) holds this content.</summary>
    public async Task AddSubmissionAsync(string sha256, string path, CancellationToken cancellationToken)
    {
        await using var command = Command("INSERT INTO submissions (sha256, path, file) VALUES ($1, $2, $3) ON CONFLICT (path, sha256) DO NOTHING");
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(path);
        command.Parameters.AddWithValue(Path.GetFileName(path));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the document queued (a running one stays running; its attempts are kept).</summary>
    public async Task QueueAsync(string sha256, string file, Lane lane, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            INSERT INTO work (sha256, file, lane, state) VALUES ($1, $2, $3, 'queued')
            ON CONFLICT (sha256) DO UPDATE SET lane = excluded.lane,
              state = CASE WHEN work.state = 'running' THEN work.state ELSE 'queued' END,
              queued_utc = now()
            """);
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(file);
        command.Parameters.AddWithValue(LaneNames.Of(lane));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the document running on <paramref name="worker"/> and counts the start; returns the number
    /// of starts including this one (a start that never finished means the worker died on it).</summary>
    public async Task<int> StartAsync(string sha256, string worker, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            UPDATE work SET state = 'running', attempts = attempts + 1, worker = $2, started_utc = now(), finished_utc = NULL
            WHERE sha256 = $1 RETURNING attempts
            """);
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(worker);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int attempts ? attempts : 0;
    }

    /// <summary>How many times the document was started (0 when unknown).</summary>
    public async Task<int> AttemptsAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT attempts FROM work WHERE sha256 = $1");
        command.Parameters.AddWithValue(sha256);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int attempts ? attempts : 0;
    }

    /// <summary>Puts a document started but not finished back to queued (a worker stopping cleanly).</summary>
    public async Task ReleaseAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var command = Command("UPDATE work SET state = 'queued', worker = NULL, attempts = GREATEST(attempts - 1, 0) WHERE sha256 = $1 AND state = 'running'");
        command.Parameters.AddWithValue(sha256);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first path this content was submitted under (results name it, as a local batch's do).</summary>
    public async Task<string?> SubmittedPathAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT path FROM submissions WHERE sha256 = $1 ORDER BY id LIMIT 1");
        command.Parameters.AddWithValue(sha256);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
