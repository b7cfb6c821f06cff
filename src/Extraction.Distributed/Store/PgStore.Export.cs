using Extraction.Output.Html;
using Extraction.Output.Tables;
using NpgsqlTypes;

namespace Extraction.Distributed.Store;

/// <summary>What export reads (submissions with their latest results) and writes back (the batch tables, crops).</summary>
public sealed partial class PgStore : ICropCache
{
    /// <summary>Every submitted path once (its latest content), in submission order, with the newest result
    /// stored for that content under any tool key.</summary>
    public async Task<IReadOnlyList<SubmittedDocument>> SubmittedAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("""
            SELECT s.path, s.sha256, r.tool_key, r.json
            FROM (SELECT DISTINCT ON (path) id, path, sha256 FROM submissions ORDER BY path, id DESC) s
            LEFT JOIN LATERAL (SELECT tool_key, json FROM results WHERE results.sha256 = s.sha256 ORDER BY finished_utc DESC LIMIT 1) r ON true
            ORDER BY s.id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var documents = new List<SubmittedDocument>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new SubmittedDocument(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return documents;
    }

    /// <summary>Replaces the batch tables with these sheets in one transaction (the local store's ReplaceTables,
    /// with numbers as numeric so decimals stay exact).</summary>
    public async Task ReplaceTablesAsync(IReadOnlyList<Sheet> sheets, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var sheet in sheets)
        {
            var columns = string.Join(", ", sheet.Columns.Select(c => $"\"{c.Name}\" {SqlType(c.Kind)}"));
            await using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText = $"DROP TABLE IF EXISTS \"{sheet.Name}\"; CREATE TABLE \"{sheet.Name}\" ({columns})";
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var names = string.Join(", ", sheet.Columns.Select(c => $"\"{c.Name}\""));
            await using var import = await connection.BeginBinaryImportAsync($"COPY \"{sheet.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            foreach (var row in sheet.Rows)
            {
                await import.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < sheet.Columns.Count; i++)
                {
                    await WriteCellAsync(import, row[i], sheet.Columns[i].Kind, cancellationToken).ConfigureAwait(false);
                }
            }

            await import.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public byte[]? Get(string key)
    {
        using var command = Command("SELECT png FROM crops WHERE key = $1");
        command.Parameters.AddWithValue(key);
        return command.ExecuteScalar() as byte[];
    }

    public void Put(string key, byte[] png)
    {
        using var command = Command("INSERT INTO crops (key, png) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET png = excluded.png");
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(NpgsqlDbType.Bytea, png);
        command.ExecuteNonQuery();
    }

    private static async Task WriteCellAsync(Npgsql.NpgsqlBinaryImporter import, object? value, ColumnKind kind, CancellationToken cancellationToken)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (value is null)
        {
            await import.WriteNullAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (kind == ColumnKind.Number)
        {
            await import.WriteAsync(Convert.ToDecimal(value, invariant), NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
        }
        else if (kind == ColumnKind.Integer)
        {
            await import.WriteAsync(Convert.ToInt64(value, invariant), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await import.WriteAsync(Convert.ToString(value, invariant) ?? string.Empty, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string SqlType(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "numeric",
        ColumnKind.Integer => "bigint",
        _ => "text",
    };
}
