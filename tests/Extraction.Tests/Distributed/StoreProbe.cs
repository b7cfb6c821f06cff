using Npgsql;

namespace Extraction.Tests.Distributed;

/// <summary>Reads the shared store's tables directly, as an operator would with psql.</summary>
internal sealed class StoreProbe(string connectionString)
{
    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<string>> StringsAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString() ?? string.Empty);
        }

        return values;
    }

    /// <summary>Documents started on <paramref name="worker"/> and not stored: it is in the middle of them.</summary>
    public Task<IReadOnlyList<string>> MidDocumentAsync(string worker) => StringsAsync(
        "SELECT w.sha256 FROM work w WHERE w.state = 'running' AND w.worker = $1 AND NOT EXISTS (SELECT 1 FROM results r WHERE r.sha256 = w.sha256)", worker);

    public Task<long> FinishedAsync() => CountAsync("SELECT count(*) FROM work WHERE state IN ('done', 'failed')");

    /// <summary>Waits until <paramref name="count"/> documents are finished, or fails after <paramref name="limit"/>.</summary>
    public async Task WaitFinishedAsync(long count, TimeSpan limit, Func<string> logs)
    {
        var deadline = DateTime.UtcNow + limit;
        while (await FinishedAsync() < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{await FinishedAsync()} of {count} documents finished after {limit.TotalSeconds} s; worker logs:\n{logs()}");
            }

            await Task.Delay(100);
        }
    }
}
