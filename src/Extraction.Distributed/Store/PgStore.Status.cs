namespace Extraction.Distributed.Store;

/// <summary>The store's status for `extract status`.</summary>
public sealed partial class PgStore
{
    public async Task<StoreStatus> StatusAsync(CancellationToken cancellationToken)
    {
        long submissions, sources, bytes;
        await using (var totals = Command("SELECT (SELECT count(*) FROM submissions), count(*), COALESCE(sum(bytes), 0)::bigint FROM sources"))
        await using (var reader = await totals.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (submissions, sources, bytes) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        var counts = new List<StateCount>();
        await using (var byState = Command("SELECT state, lane, count(*) FROM work GROUP BY state, lane ORDER BY state, lane"))
        await using (var reader = await byState.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts.Add(new StateCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        var running = new List<RunningDocument>();
        await using (var active = Command("SELECT file, sha256, worker, started_utc, attempts FROM work WHERE state = 'running' ORDER BY started_utc LIMIT 50"))
        await using (var reader = await active.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                running.Add(new RunningDocument(
                    reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetDateTime(3), reader.GetInt32(4)));
            }
        }

        return new StoreStatus(SchemaVersion, submissions, sources, bytes, counts, running);
    }
}
